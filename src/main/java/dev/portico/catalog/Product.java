package dev.portico.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A product in the catalog; its names and descriptions are kept per language (en, de, fr, it, pl). */
@Entity
@Table(name = "product")
public class Product {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductType type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> names;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> descriptions;

    /** Term length of a subscription; null for one-time products. */
    @Column(name = "term_months")
    public Integer termMonths;

    @Column(name = "default_license_quantity", nullable = false)
    public int defaultLicenseQuantity;

    @Column(name = "auto_renew", nullable = false)
    public boolean autoRenew;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Licenses in one unit sold: the license quantity of a subscription, one for a one-time product. */
    int licensesPerUnit() {
        return type == ProductType.SUBSCRIPTION ? defaultLicenseQuantity : 1;
    }

    static String in(Map<String, String> texts, String language) {
        String text = texts.get(language);
        return text == null || text.isBlank() ? texts.getOrDefault("en", "") : text;
    }
}
