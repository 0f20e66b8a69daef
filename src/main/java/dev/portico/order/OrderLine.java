package dev.portico.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A line of an order with the prices actually charged; never changed. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "variant_id", nullable = false)
    public UUID variantId;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    /** SUBSCRIPTION or ONE_TIME, as the catalog said at checkout. */
    @Column(name = "product_type", nullable = false)
    public String productType;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "licenses_per_unit", nullable = false)
    public int licensesPerUnit;

    @Column(name = "term_months")
    public Integer termMonths;

    /** Whether a subscription bought on this line renews by itself, as the catalog said at checkout. */
    @Column(name = "auto_renew", nullable = false)
    public boolean autoRenew;

    @Column(name = "list_unit_price_minor", nullable = false)
    public long listUnitPriceMinor;

    @Column(name = "discount_bp", nullable = false)
    public int discountBp;

    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;

    @Column(name = "tax_rate_bp", nullable = false)
    public int taxRateBp;

    @Column(name = "net_minor", nullable = false)
    public long netMinor;

    @Column(name = "tax_minor", nullable = false)
    public long taxMinor;

    @Column(name = "total_minor", nullable = false)
    public long totalMinor;
}
