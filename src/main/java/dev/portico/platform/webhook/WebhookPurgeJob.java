package dev.portico.platform.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the delivery log for {@code portico.webhooks.retention} (30 days): older finished deliveries go with their
 * attempts, then the events no delivery refers to any more. Safe on several instances (plain deletes, in batches).
 */
@ApplicationScoped
public class WebhookPurgeJob {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookConfig config;

    @Scheduled(every = "${portico.webhooks.purge-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-purge")
    void scheduled() {
        purge();
    }

    /** Deletes what is older than the retention; returns how many deliveries went. */
    public int purge() {
        Instant before = clock.instant().minus(config.retention());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                            delete from webhook_delivery where id in (
                                select id from webhook_delivery where created_at < :before and status in ('SUCCEEDED', 'FAILED')
                                 limit 1000)
                            """)
                    .setParameter("before", before)
                    .executeUpdate());
            total += deleted;
        } while (deleted == 1000);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        delete from webhook_event v where v.occurred_at < :before
                           and not exists (select 1 from webhook_delivery d where d.event_id = v.id)
                        """)
                .setParameter("before", before)
                .executeUpdate());
        return total;
    }
}
