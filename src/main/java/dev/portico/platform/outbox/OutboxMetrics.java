package dev.portico.platform.outbox;

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
 * The mail outbox's backlog as gauges: mails waiting to be sent ({@code portico_outbox_backlog}), mails given up
 * ({@code portico_outbox_failed}) and the age of the oldest waiting one in seconds
 * ({@code portico_outbox_oldest_waiting_seconds}). Counted by one query every {@code portico.metrics.backlog-interval}
 * (not at every scrape), so a scrape never waits for the database; each count reads a partial index of its status.
 */
@ApplicationScoped
@Startup
public class OutboxMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

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
    }

    @Scheduled(every = "${portico.metrics.backlog-interval}", identity = "outbox-metrics",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select (select count(*) from outbox_message where status = 'PENDING')
                             + (select count(*) from outbox_message where status = 'SENDING'),
                               (select count(*) from outbox_message where status = 'FAILED'),
                               coalesce(extract(epoch from now() - least(
                                   (select min(created_at) from outbox_message where status = 'PENDING'),
                                   (select min(created_at) from outbox_message where status = 'SENDING'))), 0)
                        """).getSingleResult();
        backlog.set(((Number) row[0]).longValue());
        failed.set(((Number) row[1]).longValue());
        oldestSeconds.set(((Number) row[2]).longValue());
    }
}
