package dev.portico.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded state change: who did what to which resource of which company, and when. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "company_id")
    public UUID companyId;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String summary;
}
