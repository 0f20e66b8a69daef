package dev.portico.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A tier's discount on every product ({@code productId} null) or on one product, which then takes precedence. */
@Entity
@Table(name = "reseller_discount")
public class ResellerDiscount {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tier;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "percent_bp", nullable = false)
    public int percentBp;
}
