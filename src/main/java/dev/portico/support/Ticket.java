package dev.portico.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A support ticket on one line of a company's support contract. */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "contract_line_id", nullable = false)
    public UUID contractLineId;

    @Column(name = "reporter_id", nullable = false)
    public UUID reporterId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketState state;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "waiting_since", nullable = false)
    public Instant waitingSince;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketPriority priority = TicketPriority.NORMAL;

    /** The support agent working on it, if any. */
    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Version
    public long version;
}
