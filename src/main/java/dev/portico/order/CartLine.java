package dev.portico.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A variant in someone's cart for a company, with the net unit price it had when added (to tell of a change). */
@Entity
@Table(name = "cart_line")
public class CartLine {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "variant_id", nullable = false)
    public UUID variantId;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public String description;

    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
