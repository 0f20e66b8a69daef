package dev.portico.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The VAT rate charged to buyers in a country. */
@Entity
@Table(name = "tax_rate")
public class TaxRate {

    @Id
    public String country;

    @Column(name = "rate_bp", nullable = false)
    public int rateBp;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
