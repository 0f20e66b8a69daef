package dev.portico.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an API request whose announced body exceeds {@code quarkus.http.limits.max-body-size} with a 413
 * problem before the body is read, and one whose URL is longer than {@link #MAX_URL} characters with a 414 problem
 * (the HTTP layer's own 413 and 414 have empty bodies; it takes lines up to {@code max-initial-line-length}).
 */
@ApplicationScoped
public class BodyLimit {

    /** The longest URL (path and query) an API request may have. */
    public static final int MAX_URL = 8192;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > MAX_URL) {
                ctx.response().setStatusCode(414).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(problem(CommonProblem.URI_TOO_LONG, ctx.request().path().length() > MAX_URL ? null
                                : ctx.request().path(), "The URL may be at most " + MAX_URL
                                + " characters; send long filters in fewer or shorter parameters."));
                return;
            }
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isLarger(length, limit)) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(body(ctx.request().path(), limit))
                        .onComplete(done -> ctx.request().connection().close());
                return;
            }
            ctx.next();
        });
    }

    private static boolean isLarger(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String body(String path, long limit) {
        return problem(CommonProblem.PAYLOAD_TOO_LARGE, path, "The request body may be at most " + (limit / (1024 * 1024)) + " MB.");
    }

    private String problem(CommonProblem kind, String path, String detail) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail, path, null);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
