package dev.portico.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.platform.i18n.Languages;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.Problem;
import dev.portico.platform.problem.ProblemTexts;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an API request whose announced body exceeds {@code quarkus.http.limits.max-body-size} with a 413
 * problem before the body is read, and one whose URL is longer than {@link #MAX_URL} characters with a 414 problem
 * (the HTTP layer's own 413 and 414 have empty bodies; it takes lines up to {@code max-initial-line-length}). These
 * answer before any request scope exists, so {@code Accept-Language} alone picks their language.
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
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> { // after RequestIds
            if (ctx.request().uri().length() > MAX_URL) {
                Locale locale = Languages.bestMatch(ctx.request().getHeader("Accept-Language"));
                ctx.response().setStatusCode(414).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Content-Language", locale.toLanguageTag())
                        .end(problem(CommonProblem.URI_TOO_LONG, ctx.request().path().length() > MAX_URL ? null
                                : ctx.request().path(), Message.of("detail.uri-too-long", String.valueOf(MAX_URL)),
                                locale, ctx.get(RequestIds.MDC_KEY)));
                return;
            }
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isLarger(length, limit)) {
                Locale locale = Languages.bestMatch(ctx.request().getHeader("Accept-Language"));
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Content-Language", locale.toLanguageTag())
                        .putHeader("Connection", "close")
                        .end(body(ctx.request().path(), limit, locale, ctx.get(RequestIds.MDC_KEY)))
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

    private String body(String path, long limit, Locale locale, String requestId) {
        return problem(CommonProblem.PAYLOAD_TOO_LARGE, path,
                Message.of("detail.payload-too-large.limit", String.valueOf(limit / (1024 * 1024))), locale, requestId);
    }

    private String problem(CommonProblem kind, String path, Message detail, Locale locale, String requestId) {
        Problem problem = new Problem(kind.type(), ProblemTexts.title(kind, locale), kind.status(), detail.in(locale), path,
                null, null, requestId);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
