package dev.portico.subscription;

import dev.portico.platform.invoice.InvoiceDocument;
import dev.portico.platform.invoice.InvoiceLabel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The invoice of one subscription term. Seller and buyer are copied at issue time, so that a later change of
 * the company's details does not rewrite an issued invoice. Never updated.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** The day of issue in the buyer company's time zone. */
    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "po_number")
    public String poNumber;

    @Column(name = "seller_name", nullable = false)
    public String sellerName;

    @Column(name = "seller_address", nullable = false)
    public String sellerAddress;

    @Column(name = "seller_tax_id", nullable = false)
    public String sellerTaxId;

    @Column(name = "buyer_name", nullable = false)
    public String buyerName;

    @Column(name = "buyer_country", nullable = false)
    public String buyerCountry;

    @Column(name = "buyer_tax_id")
    public String buyerTaxId;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "tax_rate_bp", nullable = false)
    public int taxRateBp;

    @Column(name = "net_minor", nullable = false)
    public long netMinor;

    @Column(name = "tax_minor", nullable = false)
    public long taxMinor;

    @Column(name = "total_minor", nullable = false)
    public long totalMinor;

    /** The invoice as a document, printed in the given language. */
    InvoiceDocument document(String language) {
        return InvoiceDocument.invoice(number, issueDate, language,
                new InvoiceDocument.Party(sellerName, sellerAddress, null, sellerTaxId),
                new InvoiceDocument.Party(buyerName, null, buyerCountry, buyerTaxId),
                List.of(new InvoiceDocument.Fact(InvoiceLabel.SERVICE_PERIOD, periodStart + " – " + periodEnd),
                        new InvoiceDocument.Fact(InvoiceLabel.PO_NUMBER, poNumber == null ? "—" : poNumber)),
                List.of(new InvoiceDocument.Line(description, quantity, unitPriceMinor, netMinor)),
                currency, netMinor, taxRateBp, taxMinor, totalMinor);
    }
}
