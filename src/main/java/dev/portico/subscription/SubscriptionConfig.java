package dev.portico.subscription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the subscription lifecycle ({@code portico.subscriptions.*}). */
@ConfigMapping(prefix = "portico.subscriptions")
public interface SubscriptionConfig {

    /** Days after ordering within which the admin must activate; afterwards the subscription lapses. Default 90. */
    @WithDefault("90")
    int activationWindowDays();

    /** Days before the activation deadline on which the admin is reminded. Default 30 and 7. */
    @WithDefault("30,7")
    java.util.List<Integer> activationReminderDays();

    /** Days before an automatic renewal on which the admin is told. Default 30. */
    @WithDefault("30")
    int renewalNoticeDays();

    /** How often the lifecycle job looks for lapsed subscriptions ("off" disables it). Default 1h. */
    @WithDefault("1h")
    String jobInterval();
}
