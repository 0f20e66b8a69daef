package dev.portico.platform.http;

import dev.portico.platform.PorticoConfig;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The headers every answer carries so that a browser cannot be turned against the portal's users: no MIME sniffing,
 * no framing (clickjacking), no referrer leaking ids in URLs, and a Content-Security-Policy — for the SPA's pages
 * scripts, styles and connections only from the portal itself and Keycloak; for API answers nothing at all, since they
 * are data, never pages. API answers are personal: never stored by a browser or proxy ({@code Cache-Control:
 * no-store}).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    PorticoConfig config;

    void install(@Observes Router router) {
        String spaPolicy = spaPolicy(config.sso().url());
        boolean spaCsp = config.securityHeaders().spaCsp();
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String path = ctx.request().path();
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("X-Frame-Options", "DENY");
                if (path.startsWith("/api/")) {
                    headers.set("Content-Security-Policy", API_POLICY);
                    headers.set("Cache-Control", "no-store");
                } else if (!path.startsWith("/q/")) {
                    if (spaCsp) {
                        headers.set("Content-Security-Policy", spaPolicy);
                    }
                    if (!path.startsWith("/assets/")) {
                        // the SPA's shell names the hashed bundles of one build: always ask whether it changed
                        headers.set("Cache-Control", "no-cache");
                    }
                }
            });
            ctx.next();
        });
    }

    /** What the SPA may load: its own files, and from Keycloak the sign-in redirects and token calls. */
    static String spaPolicy(String keycloakUrl) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
                + "connect-src 'self' " + keycloakUrl + "; frame-src " + keycloakUrl + "; form-action 'self' "
                + keycloakUrl + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }
}
