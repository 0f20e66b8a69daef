package dev.portico.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the shop's orders ({@code portico.orders.*}). */
@ConfigMapping(prefix = "portico.orders")
public interface OrderConfig {

    /**
     * How long a card or SEPA checkout may stay unfinished (the buyer's retries continue it) before the recovery job
     * gives it up: releases its hold, or refunds a capture that has no completed order. Default 15m.
     */
    @WithDefault("15m")
    Duration checkoutTimeout();

    /** How often the recovery job settles unfinished checkouts and makes refunds still owed ("off" disables it). Default 5m. */
    @WithDefault("5m")
    String recoveryInterval();
}
