package dev.portico.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order as placed: what was charged, how, and to whom (the billing data is a snapshot taken at checkout). */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "placed_by", nullable = false)
    public UUID placedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "fulfilled_at")
    public Instant fulfilledAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(nullable = false)
    public String currency;

    @Column(name = "net_minor", nullable = false)
    public long netMinor;

    @Column(name = "tax_minor", nullable = false)
    public long taxMinor;

    @Column(name = "total_minor", nullable = false)
    public long totalMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    public PaymentChoice paymentMethod;

    @Column(name = "payment_display", nullable = false)
    public String paymentDisplay;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "po_number")
    public String poNumber;

    @Column(name = "billing_name", nullable = false)
    public String billingName;

    @Column(name = "billing_street", nullable = false)
    public String billingStreet;

    @Column(name = "billing_postal_code", nullable = false)
    public String billingPostalCode;

    @Column(name = "billing_city", nullable = false)
    public String billingCity;

    @Column(name = "billing_country", nullable = false)
    public String billingCountry;

    @Column(name = "billing_tax_id")
    public String billingTaxId;

    @Column(name = "invoice_number", nullable = false, unique = true)
    public String invoiceNumber;

    /** The invoice's date: the day of issue in the buying company's time zone. */
    @Column(name = "invoice_date")
    public LocalDate invoiceDate;

    @Version
    public long version;

    String billingAddress() {
        return billingStreet + ", " + billingPostalCode + " " + billingCity;
    }
}
