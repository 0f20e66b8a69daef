package dev.portico.seat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A license assignment: an email (and, once they signed in, their user) may use the product for a period. */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    /** Normalised (trimmed, lower case). */
    @Column(nullable = false)
    public String email;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Inclusive; null = open-ended. A revocation sets it to the day before the revocation. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    SeatPolicy.Period period() {
        return new SeatPolicy.Period(validFrom, validUntil);
    }

    SeatState state(LocalDate today) {
        if (revokedAt != null) {
            return SeatState.REVOKED;
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            return SeatState.ENDED;
        }
        if (userId == null) {
            return SeatState.INVITED;
        }
        return validFrom.isAfter(today) ? SeatState.SCHEDULED : SeatState.ACTIVE;
    }
}
