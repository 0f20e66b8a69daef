package dev.portico.subscription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the subscription lifecycle ({@code portico.subscriptions.*}). */
@ConfigMapping(prefix = "portico.subscriptions")
public interface SubscriptionConfig {

    /** Days after ordering within which the admin must activate; afterwards the subscription lapses. Default 90. */
    @WithDefault("90")
    int activationWindowDays();

    /** How often the lifecycle job looks for lapsed subscriptions ("off" disables it). Default 1h. */
    @WithDefault("1h")
    String jobInterval();
}
