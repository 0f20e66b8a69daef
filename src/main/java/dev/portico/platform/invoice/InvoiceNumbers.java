package dev.portico.platform.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * One gap-free-enough series of invoice numbers for subscription terms, orders and credit notes alike:
 * INV-2026-000123. The year is the issue date's: a date in the buyer company's time zone, which callers work out.
 */
@ApplicationScoped
public class InvoiceNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(LocalDate issueDate) {
        Number next = (Number) em.createNativeQuery("select nextval('invoice_number_seq')").getSingleResult();
        return format(issueDate, next.longValue());
    }

    static String format(LocalDate issueDate, long sequence) {
        return String.format("INV-%d-%06d", issueDate.getYear(), sequence);
    }
}
