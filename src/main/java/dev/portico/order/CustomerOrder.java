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

    /** Card and SEPA: the provider's payment id (authorised, then captured); invoice: the bank transfer's reference. */
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

    /** Issued when the order completes (an order given up before has none). */
    @Column(name = "invoice_number", unique = true)
    public String invoiceNumber;

    /** The invoice's date: the day of issue in the buying company's time zone. */
    @Column(name = "invoice_date")
    public LocalDate invoiceDate;

    /** The credit note that cancelled the paid invoice (its number in the invoice series), when the order was cancelled. */
    @Column(name = "credit_note_number", unique = true)
    public String creditNoteNumber;

    /** The credit note's date: the day of the cancellation in the buying company's time zone. */
    @Column(name = "credit_note_date")
    public LocalDate creditNoteDate;

    /** Names the checkout: derived from the buyer's Idempotency-Key, caller and company (null before V14). */
    @Column(name = "checkout_key")
    public String checkoutKey;

    /** Which try of the checkout this is: a declined one is tried again as the next attempt. */
    @Column(name = "payment_attempt", nullable = false)
    public int paymentAttempt = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "checkout_stage", nullable = false)
    public CheckoutStage checkoutStage;

    /** The provider's token of the card or mandate, to authorise with when the checkout is continued. */
    @Column(name = "payment_token")
    public String paymentToken;

    /** A cancellation (or a given-up checkout) owes the provider's refund until it is made. */
    @Column(name = "refund_due", nullable = false)
    public boolean refundDue;

    @Column(name = "refund_reference")
    public String refundReference;

    @Column(name = "refunded_at")
    public Instant refundedAt;

    @Version
    public long version;

    String billingAddress() {
        return billingStreet + ", " + billingPostalCode + " " + billingCity;
    }
}
