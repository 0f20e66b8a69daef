package dev.portico.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One unit an order delivered: a subscription pending activation or a one-time license key. A subscription not yet
 * activated can be associated with an end customer's email; it moves to them when they sign in (claimed).
 */
@Entity
@Table(name = "order_item")
public class OrderItem {

    /** What was delivered. */
    public enum Kind {
        SUBSCRIPTION,
        LICENSE_KEY
    }

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_line_id", nullable = false)
    public UUID orderLineId;

    /** The buying company. */
    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "license_key")
    public String licenseKey;

    @Column(name = "associated_email")
    public String associatedEmail;

    @Column(name = "associated_at")
    public Instant associatedAt;

    @Column(name = "associated_by")
    public UUID associatedBy;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "claimed_by")
    public UUID claimedBy;

    @Version
    public long version;
}
