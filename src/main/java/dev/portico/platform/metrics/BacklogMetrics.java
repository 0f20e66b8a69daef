package dev.portico.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The backlogs of what leaves the portal, as gauges: mails waiting to be sent ({@code portico_outbox_backlog}), mails
 * given up ({@code portico_outbox_failed}), the age of the oldest waiting one ({@code portico_outbox_oldest_waiting_seconds}),
 * and the same for webhook deliveries ({@code portico_webhooks_backlog}, {@code portico_webhooks_failed},
 * {@code portico_webhooks_oldest_waiting_seconds}). Counted by one query each every
 * {@code portico.metrics.backlog-interval} (not at every scrape), so a scrape never waits for the database; each count
 * reads a partial index of its status.
 */
@ApplicationScoped
@Startup
public class BacklogMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final AtomicLong webhookBacklog = new AtomicLong();
    private final AtomicLong webhookFailed = new AtomicLong();
    private final AtomicLong webhookOldestSeconds = new AtomicLong();

    @Inject
    EntityManager em;

    @Inject
    void register(MeterRegistry registry) {
        Gauge.builder("portico.outbox.backlog", backlog, AtomicLong::get)
                .description("Mails waiting to be sent (PENDING or SENDING)").register(registry);
        Gauge.builder("portico.outbox.failed", failed, AtomicLong::get)
                .description("Mails given up after every attempt (FAILED)").register(registry);
        Gauge.builder("portico.outbox.oldest.waiting", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest mail waiting to be sent").register(registry);
        Gauge.builder("portico.webhooks.backlog", webhookBacklog, AtomicLong::get)
                .description("Webhook deliveries waiting to be made (PENDING or SENDING)").register(registry);
        Gauge.builder("portico.webhooks.failed", webhookFailed, AtomicLong::get)
                .description("Webhook deliveries given up (FAILED)").register(registry);
        Gauge.builder("portico.webhooks.oldest.waiting", webhookOldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest webhook delivery waiting to be made").register(registry);
    }

    @Scheduled(every = "${portico.metrics.backlog-interval}", identity = "backlog-metrics",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        long[] mail = counts("outbox_message");
        backlog.set(mail[0]);
        failed.set(mail[1]);
        oldestSeconds.set(mail[2]);
        long[] webhooks = counts("webhook_delivery");
        webhookBacklog.set(webhooks[0]);
        webhookFailed.set(webhooks[1]);
        webhookOldestSeconds.set(webhooks[2]);
    }

    /** {waiting, failed, age of the oldest waiting in seconds} of a table of PENDING/SENDING/FAILED rows. */
    private long[] counts(String table) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select (select count(*) from %1$s where status = 'PENDING')
                             + (select count(*) from %1$s where status = 'SENDING'),
                               (select count(*) from %1$s where status = 'FAILED'),
                               coalesce(extract(epoch from now() - least(
                                   (select min(created_at) from %1$s where status = 'PENDING'),
                                   (select min(created_at) from %1$s where status = 'SENDING'))), 0)
                        """.formatted(table)).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()};
    }
}
