package dev.portico.platform.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of signed webhooks ({@code portico.webhooks.*}). */
@ConfigMapping(prefix = "portico.webhooks")
public interface WebhookConfig {

    /** How often the sender looks for due deliveries ("off" disables the schedule). Default 5s. */
    @WithDefault("5s")
    String pollInterval();

    /** Deliveries one sender run claims and sends at once. Default 50. */
    @WithDefault("50")
    int batchSize();

    /** How long one delivery attempt may take, connecting and answering included. Default 15s. */
    @WithDefault("15s")
    Duration timeout();

    /**
     * How long a sender may hold the deliveries it claimed before another instance takes them over (its instance
     * crashed). Default 2m.
     */
    @WithDefault("2m")
    Duration lease();

    /** How long an endpoint may fail without a single success before it is disabled and its owner told. Default 5d. */
    @WithDefault("5d")
    Duration disableAfter();

    /** How long a rotated-out secret keeps signing alongside the new one. Default 24h. */
    @WithDefault("24h")
    Duration previousSecretOverlap();

    /** How long deliveries and their attempts are kept. Default 30d. */
    @WithDefault("30d")
    Duration retention();

    /** How often old deliveries are deleted ("off" disables it). Default 1h. */
    @WithDefault("1h")
    String purgeInterval();

    /**
     * Hosts that endpoints may name although they are not public: loopback, private addresses, plain http. For the
     * development stack and the tests (e.g. {@code 127.0.0.1,localhost}); empty in production. Default empty.
     */
    Optional<List<String>> allowedHosts();
}
