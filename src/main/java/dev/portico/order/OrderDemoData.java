package dev.portico.order;

import dev.portico.platform.PorticoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** The demo reseller's opening prepaid credit (500.00 EUR). Loaded once, only with demo data enabled. */
@ApplicationScoped
public class OrderDemoData {

    static final UUID RESELLO = UUID.fromString("c0000000-0000-4000-a000-000000000003");

    @Inject
    EntityManager em;

    @Inject
    PorticoConfig config;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(1300) StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    @Transactional
    public void load() {
        if (em.find(CreditAccount.class, RESELLO) != null) {
            return;
        }
        CreditAccount account = new CreditAccount();
        account.companyId = RESELLO;
        account.currency = "EUR";
        account.balanceMinor = 50_000;
        account.updatedAt = clock.instant();
        em.persist(account);
        CreditEntry entry = new CreditEntry();
        entry.id = UUID.randomUUID();
        entry.companyId = RESELLO;
        entry.occurredAt = account.updatedAt;
        entry.kind = CreditEntryKind.TOP_UP;
        entry.amountMinor = account.balanceMinor;
        entry.balanceAfterMinor = account.balanceMinor;
        entry.currency = "EUR";
        entry.reason = "Opening balance (demo data)";
        entry.actorName = "Portico";
        em.persist(entry);
    }
}
