package dev.portico.subscription;

/** Where a subscription stands in its lifecycle (see {@link SubscriptionLifecycle}). */
public enum SubscriptionStatus {
    PENDING_ACTIVATION,
    ACTIVE,
    NON_RENEWING,
    ENDED,
    LAPSED
}
