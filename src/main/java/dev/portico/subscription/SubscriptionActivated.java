package dev.portico.subscription;

import java.time.LocalDate;
import java.util.UUID;

/** Fired (synchronously, in the activation's transaction) when a subscription becomes active. */
public record SubscriptionActivated(UUID subscriptionId, UUID companyId, UUID adminUserId, String adminEmail,
        LocalDate today, LocalDate termEnd, boolean autoRenew) {
}
