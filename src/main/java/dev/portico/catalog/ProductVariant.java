package dev.portico.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A way to buy a product (e.g. an identification method), with its own prices. Kept when withdrawn: orders name it. */
@Entity
@Table(name = "product_variant")
public class ProductVariant {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(nullable = false)
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> names;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
