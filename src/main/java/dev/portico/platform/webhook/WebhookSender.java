package dev.portico.platform.webhook;

import dev.portico.platform.metrics.BusinessMetrics;
import dev.portico.platform.outbox.MailOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Delivers due webhooks, at least once, on the Standard Webhooks retry schedule. A run claims a batch in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}: several app instances share the work and never send one delivery
 * twice at once; a scheduled run goes on with the next batch while batches come back full), checks every URL's
 * addresses again ({@link AddressGuard}), sends the batch concurrently outside any
 * transaction, and records each attempt in a transaction of its own. A claim older than {@code portico.webhooks.lease}
 * belongs to a crashed instance and is taken over.
 *
 * <p>A 2xx answer delivers. {@code 410 Gone} disables the endpoint at once. Anything else is retried after 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h (each plus up to 10 % jitter), then the delivery has FAILED; an endpoint
 * that has failed without a single success for {@code portico.webhooks.disable-after} (5 days) is disabled. The
 * endpoint's owner gets a mail when either disables it. Deliveries of a disabled endpoint wait until it is enabled.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    /** The delays after the 1st, 2nd, … failed attempt; after the last one the delivery has failed. */
    static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20),
            Duration.ofHours(24));

    /** Every attempt a delivery gets: the first and one per delay of the schedule. */
    static final int MAX_ATTEMPTS = SCHEDULE.size() + 1;

    @Inject
    BusinessMetrics metrics;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookTransport transport;

    @Inject
    MailOutbox mail;

    @Inject
    WebhookAddresses addresses;

    /**
     * The wall clock the {@code webhook-timestamp} is read from: receivers compare it with their own real clock (5
     * minutes' tolerance), so it must not follow a clock that tests move.
     */
    volatile Clock wallClock = Clock.systemUTC();

    /** A claimed delivery with what it takes to send it. */
    record Claimed(UUID id, UUID eventId, UUID endpointId, int attempts, String url, String secret,
            String previousSecret, Instant previousSecretUntil, String payload) {
    }

    @Scheduled(every = "${portico.webhooks.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-sender")
    void scheduled() {
        // a full batch means more are due: keep going (for at most half a lease), not one batch per poll interval
        long stopAt = System.nanoTime() + config.lease().dividedBy(2).toNanos();
        while (send().claimed() == config.batchSize() && System.nanoTime() < stopAt) {
            // next batch
        }
    }

    /** How many deliveries one batch claimed and how many of them succeeded. */
    record Batch(int claimed, int delivered) {
    }

    /** Sends one batch of due deliveries; returns how many succeeded. Never inside the caller's transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendDue() {
        return send().delivered();
    }

    private Batch send() {
        Instant claimedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Claimed> batch = QuarkusTransaction.requiringNew().call(() -> claim(claimedAt));
        if (batch.isEmpty()) {
            return new Batch(0, 0);
        }
        AddressGuard guard = addresses.guard();
        long timestamp = wallClock.instant().getEpochSecond();
        List<CompletableFuture<WebhookTransport.Answer>> answers = new ArrayList<>();
        for (Claimed delivery : batch) {
            AddressGuard.Target target;
            try {
                target = guard.check(delivery.url());
            } catch (AddressGuard.Refused refused) {
                answers.add(CompletableFuture.completedFuture(
                        new WebhookTransport.Answer(null, null, "Not sent: the URL " + refused.reason(), 0)));
                continue;
            }
            Map<String, String> headers = new HashMap<>();
            String id = delivery.eventId().toString();
            headers.put("webhook-id", id);
            headers.put("webhook-timestamp", Long.toString(timestamp));
            boolean previousSigns = delivery.previousSecretUntil() != null && delivery.previousSecretUntil().isAfter(claimedAt);
            headers.put("webhook-signature", WebhookSigner.signature(id, timestamp, delivery.payload(),
                    delivery.secret(), previousSigns ? delivery.previousSecret() : null));
            answers.add(transport.post(target, headers, delivery.payload()));
        }
        int delivered = 0;
        for (int i = 0; i < batch.size(); i++) {
            Claimed delivery = batch.get(i);
            WebhookTransport.Answer answer = answers.get(i).join(); // completes by the transport's own timeout
            try {
                QuarkusTransaction.requiringNew().run(() -> record(delivery, answer, claimedAt));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Webhook delivery %s: the outcome could not be recorded; the lease brings it back", delivery.id());
                continue;
            }
            if (answer.succeeded()) {
                delivered++;
            }
        }
        return new Batch(batch.size(), delivered);
    }

    /** Marks up to a batch of due deliveries of enabled endpoints, and expired claims, SENDING for this run. */
    private List<Claimed> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with claimed as (
                            update webhook_delivery
                               set status = 'SENDING', claimed_at = :now, attempts = attempts + 1
                             where id = any(array(
                                    select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                                     where e.enabled
                                       and ((d.status = 'PENDING' and d.next_attempt_at <= :now)
                                         or (d.status = 'SENDING' and d.claimed_at <= :expired))
                                     order by d.next_attempt_at, d.id
                                     limit :batch
                                       for update of d skip locked))
                            returning id, event_id, endpoint_id, attempts)
                        select c.id, c.event_id, c.endpoint_id, c.attempts, e.url, e.secret, e.previous_secret,
                               e.previous_secret_until, v.payload
                          from claimed c join webhook_endpoint e on e.id = c.endpoint_id
                          join webhook_event v on v.id = c.event_id
                        """)
                .setParameter("now", now)
                .setParameter("expired", now.minus(config.lease()))
                .setParameter("batch", config.batchSize())
                .getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue(),
                (String) r[4], (String) r[5], (String) r[6], instant(r[7]), (String) r[8])).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private void record(Claimed delivery, WebhookTransport.Answer answer, Instant claimedAt) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into webhook_attempt (id, delivery_id, attempted_at, response_status, duration_ms, response_body, error)
                        values (:id, :delivery, :at, :status, :millis, :body, :error)
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("delivery", delivery.id())
                .setParameter("at", claimedAt)
                .setParameter("status", answer.status())
                .setParameter("millis", (int) Math.min(Integer.MAX_VALUE, answer.millis()))
                .setParameter("body", answer.body())
                .setParameter("error", cut(answer.error()))
                .executeUpdate();
        if (answer.succeeded()) {
            metrics.countOnCommit("portico.webhooks.delivered");
            // delivered, whoever holds the claim now
            em.createNativeQuery("""
                            update webhook_delivery set status = 'SUCCEEDED', delivered_at = :now, claimed_at = null,
                                   last_status = :status, last_error = null
                             where id = :id
                            """)
                    .setParameter("now", now)
                    .setParameter("status", answer.status())
                    .setParameter("id", delivery.id())
                    .executeUpdate();
            em.createNativeQuery("update webhook_endpoint set failing_since = null where id = :id and failing_since is not null")
                    .setParameter("id", delivery.endpointId())
                    .executeUpdate();
            return;
        }
        metrics.countOnCommit("portico.webhooks.failures");
        String error = answer.error() != null ? answer.error() : "HTTP " + answer.status();
        boolean gone = answer.status() != null && answer.status() == 410;
        boolean last = gone || delivery.attempts() >= MAX_ATTEMPTS;
        Instant next = last ? now : now.plus(delay(delivery.attempts()));
        int recorded = em.createNativeQuery("""
                        update webhook_delivery set status = :status, next_attempt_at = :next, claimed_at = null,
                               last_status = :httpStatus, last_error = :error
                         where id = :id and status = 'SENDING' and claimed_at = :claimedAt
                        """)
                .setParameter("status", last ? "FAILED" : "PENDING")
                .setParameter("next", next)
                .setParameter("httpStatus", answer.status())
                .setParameter("error", cut(error))
                .setParameter("id", delivery.id())
                .setParameter("claimedAt", claimedAt)
                .executeUpdate();
        if (recorded == 0) {
            return; // another sender took the claim over meanwhile: its outcome counts
        }
        LOG.debugf("Webhook delivery %s failed (attempt %d): %s", delivery.id(), delivery.attempts(), error);
        if (gone) {
            disable(delivery.endpointId(), "GONE", now);
            return;
        }
        Instant failingSince = instant(em.createNativeQuery("""
                        update webhook_endpoint set failing_since = coalesce(failing_since, :now) where id = :id
                        returning failing_since
                        """)
                .setParameter("now", now)
                .setParameter("id", delivery.endpointId())
                .getSingleResult());
        if (!failingSince.isAfter(now.minus(config.disableAfter()))) {
            disable(delivery.endpointId(), "FAILING", now);
        }
    }

    /** Disables an enabled endpoint and tells its owner (once: only the sender that disables it mails). */
    private void disable(UUID endpointId, String reason, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> owners = em.createNativeQuery("""
                        with disabled as (
                            update webhook_endpoint set enabled = false, disabled_reason = :reason, updated_at = :now,
                                   version = version + 1
                             where id = :id and enabled
                            returning id, url, owner_id, company_id, failing_since)
                        select d.url, u.email, u.locale, d.company_id, d.failing_since
                          from disabled d left join app_user u on u.id = d.owner_id
                        """)
                .setParameter("reason", reason)
                .setParameter("now", now)
                .setParameter("id", endpointId)
                .getResultList();
        for (Object[] owner : owners) {
            LOG.warnf("Webhook endpoint %s disabled (%s)", endpointId, reason);
            if (owner[1] != null) {
                Map<String, Object> data = new HashMap<>();
                data.put("url", owner[0]);
                data.put("reason", reason);
                data.put("failingSince", owner[4] == null ? "" : instant(owner[4]).truncatedTo(ChronoUnit.MINUTES).toString());
                data.put("page", owner[3] == null ? "/backoffice/webhooks" : "/company/integrations");
                mail.enqueue("webhook/endpoint-disabled", (String) owner[1], (String) owner[2], data);
            }
        }
    }

    /** The delay after the given failed attempt, plus up to 10 % jitter (so that a recovering receiver is not stampeded). */
    static Duration delay(int attempts) {
        Duration base = SCHEDULE.get(Math.min(Math.max(attempts, 1), SCHEDULE.size()) - 1);
        long jitter = ThreadLocalRandom.current().nextLong(base.toMillis() / 10 + 1);
        return base.plusMillis(jitter);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
