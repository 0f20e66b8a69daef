package dev.portico.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One movement of prepaid credit; never changed (a database trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "credit_entry")
public class CreditEntry {

    @Id
    public UUID id;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CreditEntryKind kind;

    /** Positive for money in, negative for money out. */
    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(name = "balance_after_minor", nullable = false)
    public long balanceAfterMinor;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public String reason;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name")
    public String actorName;
}
