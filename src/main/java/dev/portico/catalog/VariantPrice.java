package dev.portico.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** The list price of one license of a variant for buyers in one country. */
@Entity
@Table(name = "variant_price")
@IdClass(VariantPrice.Key.class)
public class VariantPrice {

    /** Variant and country. */
    public record Key(UUID variantId, String country) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "variant_id")
    public UUID variantId;

    @Id
    public String country;

    @Column(nullable = false)
    public String currency;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;
}
