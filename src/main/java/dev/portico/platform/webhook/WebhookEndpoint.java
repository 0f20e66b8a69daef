package dev.portico.platform.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Where a company's (or, without a company, every company's) events are delivered, and the secret that signs them. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    public UUID id;

    /** The company whose events it gets; null for a vendor-wide endpoint. */
    @Column(name = "company_id")
    public UUID companyId;

    @Column(nullable = false)
    public String url;

    public String description;

    /** Comma-separated event types; empty for every type. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(nullable = false)
    public boolean enabled;

    /** BY_USER, GONE (the receiver answered 410) or FAILING (no success for days); null while enabled. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public long version;

    public List<String> eventTypeList() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }
}
