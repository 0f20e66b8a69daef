package dev.portico.platform.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible one (a load balancer's or
 * a gateway's, up to 64 letters, digits, dots, dashes and underscores), else a new UUID. It is answered in
 * {@code X-Request-Id}, written in every log line of the request (MDC {@code requestId}; a field of its own in the
 * JSON log) and in every problem's {@code requestId}, so that a person quoting it leads to the log lines.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && PLAUSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            ctx.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id); // Quarkus keeps the MDC with the request's Vert.x context, also on worker threads
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
