package dev.portico.platform.security;

import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.problem.CommonProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Least privilege for integrations: a caller with the {@code integration} role reaches an endpoint only when its
 * token carries the scope the endpoint names with {@link RequiresScope}; otherwise 403
 * {@code /problems/insufficient-scope} naming the scope. An endpoint without the annotation is closed to them
 * (fail closed, whatever its roles say).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ScopeCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || identity.isAnonymous() || !identity.hasRole(Roles.INTEGRATION)) {
            return;
        }
        if (resource.getResourceMethod().isAnnotationPresent(jakarta.annotation.security.PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
            return; // open to anyone, integrations too
        }
        RequiresScope required = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        if (required == null) {
            throw new ProblemException(CommonProblem.FORBIDDEN, Message.of("detail.not-for-integrations"), null, Map.of());
        }
        if (!granted(token).contains(required.value().value())) {
            String scope = required.value().value();
            throw new ProblemException(CommonProblem.INSUFFICIENT_SCOPE,
                    Message.of("detail.insufficient-scope", scope),
                    null, Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\""));
        }
    }

    /** The scopes in the token's {@code scope} claim (space-separated, RFC 8693 / Keycloak). */
    static Set<String> granted(JsonWebToken token) {
        Object claim = token == null ? null : token.getClaim("scope");
        if (claim == null) {
            return Set.of();
        }
        String text = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        return Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
