package dev.portico.platform.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/** One gap-free-enough series of invoice numbers for subscription terms and orders alike: INV-2026-000123. */
@ApplicationScoped
public class InvoiceNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Instant issuedAt) {
        Number next = (Number) em.createNativeQuery("select nextval('invoice_number_seq')").getSingleResult();
        return String.format("INV-%d-%06d", issuedAt.atZone(ZoneOffset.UTC).getYear(), next.longValue());
    }
}
