package dev.portico.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Portico's own configuration keys ({@code portico.*}). */
@ConfigMapping(prefix = "portico")
public interface PorticoConfig {

    /** Public base URL of the portal, used for links in mails. Default http://localhost:8080. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Where the SPA signs people in. */
    Sso sso();

    /** Demo data loaded at start-up (development only). */
    DemoData demoData();

    /** The transactional outbox and its mail sender. */
    Outbox outbox();

    /** Company invitations. */
    Invitations invitations();

    /** The limit on API requests every caller has, on top of the limits of single operations. */
    ApiRateLimit apiRateLimit();

    /** HTTP security headers (platform/http/SecurityHeaders). */
    SecurityHeaders securityHeaders();

    /** Metrics ({@code portico.metrics.*}). */
    Metrics metrics();

    interface Metrics {
        /** How often backlogs (the mail outbox's) are counted for the gauges ("off" disables it). */
        @WithDefault("15s")
        String backlogInterval();
    }

    interface Sso {
        /** Keycloak base URL as the browser sees it (also the token issuer's host). Default http://localhost:8180. */
        @WithDefault("http://localhost:8180")
        String url();

        /** Keycloak realm. Default portico. */
        @WithDefault("portico")
        String realm();

        /** Public OIDC client the SPA signs in with. Default portico-spa. */
        @WithDefault("portico-spa")
        String spaClientId();
    }

    interface DemoData {
        /** Load the demo companies and memberships at start-up. Default false; true in the dev profile. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Outbox {
        /** How often the sender looks for due messages ("off" disables the schedule). Default 5s. */
        @WithDefault("5s")
        String pollInterval();

        /** Messages sent per sender run. Default 20. */
        @WithDefault("20")
        int batchSize();

        /** Delivery attempts before a message is marked FAILED. Default 10. */
        @WithDefault("10")
        int maxAttempts();

        /** Delay before the first retry; doubles with every failed attempt. Default 30s. */
        @WithDefault("30s")
        Duration initialBackoff();

        /** Longest delay between two attempts. Default 1h. */
        @WithDefault("1h")
        Duration maxBackoff();

        /**
         * How long a sender may hold the messages it claimed before another sender takes them over (its instance
         * crashed); a sender stops a batch at half of it. Default 5m.
         */
        @WithDefault("5m")
        Duration lease();
    }

    interface Invitations {
        /** Invitations one user may send per hour (429 beyond). Default 30. */
        @WithDefault("30")
        int perHour();
    }

    interface ApiRateLimit {
        /** Requests one caller (a person, an integration, or an anonymous IP address) may make per period, per app instance. Default 600. */
        @WithDefault("600")
        int requests();

        /** The period the requests are counted over (refilled gradually). Default 1m. */
        @WithDefault("1m")
        Duration period();
    }

    interface SecurityHeaders {
        /** Send a Content-Security-Policy with the SPA's pages. Default true; false in dev mode, where Vite serves inline scripts. */
        @WithDefault("true")
        boolean spaCsp();
    }
}
