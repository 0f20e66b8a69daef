package dev.portico.subscription;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The seats of many subscriptions at once, for the company's license overview — answered by the seat feature in one
 * query, so that the subscription feature neither knows how seats are stored nor asks once per subscription.
 */
public interface SeatRoster {

    /** A seat that is not revoked and runs on {@code from} or later: who holds it and when. */
    record Holding(UUID subscriptionId, String email, String name, LocalDate validFrom, LocalDate validUntil) {

        /** Whether the seat counts on that day (dates inclusive, an open end runs on). */
        public boolean covers(LocalDate day) {
            return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
        }
    }

    /** The live seats of the subscriptions that end on {@code from} or later, by subscription and start. */
    List<Holding> liveSeats(Collection<UUID> subscriptionIds, LocalDate from);
}
