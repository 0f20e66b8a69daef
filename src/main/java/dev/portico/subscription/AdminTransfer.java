package dev.portico.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The admin right of a subscription on its way to someone outside the company: they are invited into the company and
 * become the admin when they sign in with that verified email. Until then the current admin stays admin.
 */
@Entity
@Table(name = "admin_transfer")
public class AdminTransfer {

    /** Where a transfer stands. */
    public enum Status {
        PENDING, COMPLETED, WITHDRAWN, REPLACED
    }

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    /** Normalised (trimmed, lower case). */
    @Column(nullable = false)
    public String email;

    /** The invitation this transfer made; withdrawn with it while still open. */
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public UUID requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "closed_by")
    public UUID closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    void close(Status outcome, UUID by, Instant at) {
        status = outcome;
        closedBy = by;
        closedAt = at;
    }
}
