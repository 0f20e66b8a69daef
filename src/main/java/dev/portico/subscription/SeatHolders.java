package dev.portico.subscription;

import java.util.List;
import java.util.UUID;

/**
 * Which subscriptions a person holds a live seat on — answered by the seat feature, so that a member sees the
 * subscriptions they hold a seat on without the subscription feature knowing how seats are stored.
 */
public interface SeatHolders {

    /** Subscriptions on which the user holds a seat that is not revoked and has not ended. */
    List<UUID> subscriptionsHeldBy(UUID userId);

    /** Whether the user holds such a seat on the subscription. */
    default boolean holds(UUID userId, UUID subscriptionId) {
        return subscriptionsHeldBy(userId).contains(subscriptionId);
    }
}
