package dev.portico.platform.ratelimit;

import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Counts every API request against its caller's {@link ApiRateLimit} — a person or integration by their token's
 * subject, anyone else by IP address — and tells the budget in the {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset} headers of its 2xx and 4xx answers (IETF httpapi rate-limit headers);
 * past it, 429 with {@code Retry-After}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 500)
public class ApiRateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PROBE = ApiRateLimitFilter.class.getName() + ".probe";

    @Inject
    ApiRateLimit budgets;

    @Inject
    SecurityIdentity identity;

    @Context
    HttpServerRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        ConsumptionProbe probe = budgets.take(caller());
        request.setProperty(PROBE, probe);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
            throw new ProblemException(CommonProblem.RATE_LIMITED, Message.of("detail.rate-limited",
                    String.valueOf(budgets.limit()), String.valueOf(budgets.periodSeconds()), String.valueOf(seconds)),
                    null, Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // 2xx and 4xx answers tell the budget, as the contract says; a server error (5xx) is no answer to count on
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe && response.getStatus() < 500) {
            response.getHeaders().putSingle("RateLimit-Limit", budgets.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", probe.getRemainingTokens());
            response.getHeaders().putSingle("RateLimit-Reset", seconds(probe.getNanosToWaitForReset()));
        }
    }

    private String caller() {
        if (!identity.isAnonymous()) {
            return "who:" + identity.getPrincipal().getName();
        }
        return "ip:" + (http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
