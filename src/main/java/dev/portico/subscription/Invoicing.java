package dev.portico.subscription;

import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.platform.money.Money;
import dev.portico.platform.invoice.InvoiceNumbers;
import dev.portico.platform.invoice.InvoicingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Issues the invoice of a subscription term: at activation and at every renewal, never for a lapse. */
@ApplicationScoped
class Invoicing {

    @Inject
    EntityManager em;

    @Inject
    InvoicingConfig config;

    @Inject
    InvoiceNumbers numbers;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    Invoice issue(Subscription s, CompanyInfo buyer) {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.issuedAt = clock.instant();
        invoice.issueDate = LocalDate.ofInstant(invoice.issuedAt, buyer.zone()); // the buyer's day, not UTC's
        invoice.number = numbers.next(invoice.issueDate);
        invoice.subscriptionId = s.id;
        invoice.companyId = s.companyId;
        invoice.periodStart = s.termStart;
        invoice.periodEnd = s.termEnd;
        invoice.poNumber = s.poNumber;
        invoice.sellerName = config.sellerName();
        invoice.sellerAddress = config.sellerAddress();
        invoice.sellerTaxId = config.sellerTaxId();
        invoice.buyerName = buyer.name();
        invoice.buyerCountry = buyer.country();
        invoice.buyerTaxId = buyer.taxId();
        invoice.description = s.productName + " — " + s.number + ", " + s.termStart + " to " + s.termEnd;
        invoice.quantity = s.licenseQuantity;
        invoice.unitPriceMinor = s.unitPriceMinor;
        invoice.currency = s.currency;
        invoice.taxRateBp = s.taxRateBp;
        invoice.netMinor = s.unitPriceMinor * s.licenseQuantity;
        invoice.taxMinor = Money.tax(invoice.netMinor, s.taxRateBp);
        invoice.totalMinor = invoice.netMinor + invoice.taxMinor;
        em.persist(invoice);
        return invoice;
    }
}
