package dev.portico.subscription;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** What the seat feature needs to know about a subscription, after the caller's access was checked. */
public record SeatContext(UUID id, String number, UUID companyId, String companyName, String companyLocale,
        ZoneId zone, String productCode, String productName, int quantity, SubscriptionStatus status,
        LocalDate termStart, LocalDate termEnd, boolean autoRenew) {

    public boolean manageable() {
        return SubscriptionLifecycle.manageable(status);
    }

    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
