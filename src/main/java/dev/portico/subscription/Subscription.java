package dev.portico.subscription;

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

/** A company's subscription to a product, with its one admin (a user, or an email until they sign in). */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    public UUID id;

    /** Human number, e.g. SUB-000123. */
    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    @Column(name = "product_name", nullable = false)
    public String productName;

    @Column(name = "license_quantity", nullable = false)
    public int licenseQuantity;

    @Column(name = "term_months", nullable = false)
    public int termMonths;

    @Column(name = "term_start")
    public LocalDate termStart;

    /** Last day of the current term (inclusive). */
    @Column(name = "term_end")
    public LocalDate termEnd;

    @Column(name = "next_renewal_date")
    public LocalDate nextRenewalDate;

    @Column(name = "auto_renew", nullable = false)
    public boolean autoRenew;

    /** Price of one license for one term, in minor units of {@link #currency}. */
    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;

    @Column(nullable = false)
    public String currency;

    /** Tax rate in basis points (1900 = 19 %). */
    @Column(name = "tax_rate_bp", nullable = false)
    public int taxRateBp;

    @Column(name = "po_number")
    public String poNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method_type")
    public PaymentMethodType paymentMethodType;

    @Column(name = "payment_method_display")
    public String paymentMethodDisplay;

    /** The payment provider's token for card or SEPA; null for invoice. */
    @Column(name = "payment_token")
    public String paymentToken;

    @Column(name = "admin_user_id")
    public UUID adminUserId;

    /** Normalised; kept after the admin signed in, so that mails can reach them. */
    @Column(name = "admin_email", nullable = false)
    public String adminEmail;

    @Column(name = "order_reference")
    public String orderReference;

    /** Bought in the shop: the order charged the first term, so activation issues no invoice. */
    @Column(name = "first_term_prepaid", nullable = false)
    public boolean firstTermPrepaid;

    @Column(name = "ordered_at", nullable = false)
    public Instant orderedAt;

    /** Last day on which the subscription can be activated (company time zone). */
    @Column(name = "activation_deadline", nullable = false)
    public LocalDate activationDeadline;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubscriptionStatus status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
