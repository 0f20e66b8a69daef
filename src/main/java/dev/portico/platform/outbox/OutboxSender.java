package dev.portico.platform.outbox;

import dev.portico.platform.PorticoConfig;
import dev.portico.platform.metrics.BusinessMetrics;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox mails, at least once. A run claims a batch in a short transaction (the rows become SENDING
 * with {@code claimed_at}, picked with {@code FOR UPDATE SKIP LOCKED}, so several app instances share the work),
 * sends each mail outside any transaction, and records the outcome of each in a transaction of its own. A claim
 * older than {@code portico.outbox.lease} belongs to an instance that crashed and is taken over. A crash between
 * the SMTP answer and the record sends that mail again: every mail therefore carries a Message-ID made from its
 * row id, so the resend is recognisably the same message. A failed delivery is retried with exponential backoff;
 * after {@code portico.outbox.max-attempts} the message is marked FAILED.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    BusinessMetrics metrics;

    @Inject
    PorticoConfig config;

    /** A claimed message: what to send, and how many attempts it has had with this one. */
    record Claimed(UUID id, String recipient, String subject, String htmlBody, String textBody, int attempts) {
    }

    @Scheduled(every = "${portico.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-sender")
    void scheduled() {
        sendDue();
    }

    /** Sends one batch of due mails; returns how many were delivered. Never inside the caller's transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendDue() {
        Instant claimedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        List<Claimed> batch = QuarkusTransaction.requiringNew().call(() -> claim(claimedAt));
        Instant stopAt = claimedAt.plus(config.outbox().lease().dividedBy(2));
        int delivered = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (clock.instant().isAfter(stopAt)) {
                List<UUID> rest = batch.subList(i, batch.size()).stream().map(Claimed::id).toList();
                QuarkusTransaction.requiringNew().run(() -> release(rest, claimedAt));
                LOG.warnf("Outbox batch ran past half its lease; %d mails left for the next run", rest.size());
                break;
            }
            Claimed message = batch.get(i);
            Optional<String> recipient = MailHeaders.singleAddress(message.recipient());
            if (recipient.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> refused(message, claimedAt));
                continue;
            }
            try {
                mailer.send(Mail.withHtml(recipient.get(), subjectHeader(message.subject()), message.htmlBody())
                        .setText(message.textBody())
                        .addHeader("Message-ID", MailHeaders.messageId(message.id(), config.publicUrl())));
            } catch (RuntimeException e) {
                QuarkusTransaction.requiringNew().run(() -> failed(message, e, claimedAt));
                continue;
            }
            QuarkusTransaction.requiringNew().run(() -> sent(message));
            delivered++;
        }
        return delivered;
    }

    /** Marks up to a batch of due messages, and messages whose claim has expired, SENDING for this run. */
    private List<Claimed> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update outbox_message
                           set status = 'SENDING', claimed_at = :now, attempts = attempts + 1
                         where id = any(array(
                                select id from outbox_message
                                 where (status = 'PENDING' and next_attempt_at <= :now)
                                    or (status = 'SENDING' and claimed_at <= :expired)
                                 order by next_attempt_at, id
                                 limit :batch
                                   for update skip locked))
                        returning id, recipient, subject, html_body, text_body, attempts
                        """)
                .setParameter("now", now)
                .setParameter("expired", now.minus(config.outbox().lease()))
                .setParameter("batch", config.outbox().batchSize())
                .getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** Delivered: SENT, whoever holds the claim now (the mail is out either way). */
    private void sent(Claimed message) {
        metrics.countOnCommit("portico.outbox.sent");
        em.createNativeQuery("""
                        update outbox_message set status = 'SENT', sent_at = :now, claimed_at = null, last_error = null
                         where id = :id
                        """)
                .setParameter("now", clock.instant())
                .setParameter("id", message.id())
                .executeUpdate();
    }

    private void failed(Claimed message, RuntimeException e, Instant claimedAt) {
        metrics.countOnCommit("portico.outbox.failures");
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (message.attempts() >= config.outbox().maxAttempts()) {
            LOG.errorf("Giving up on mail %s after %d attempts: %s", message.id(), message.attempts(), reason);
            record(message.id(), claimedAt, OutboxMessage.Status.FAILED, clock.instant(), reason);
            return;
        }
        Instant next = clock.instant().plus(backoff(message.attempts()));
        LOG.warnf("Mail %s failed (attempt %d), retrying at %s: %s", message.id(), message.attempts(), next, reason);
        record(message.id(), claimedAt, OutboxMessage.Status.PENDING, next, reason);
    }

    private void refused(Claimed message, Instant claimedAt) {
        LOG.errorf("Mail %s not sent: the recipient is not one valid address", message.id());
        record(message.id(), claimedAt, OutboxMessage.Status.FAILED, clock.instant(), MailOutbox.NOT_AN_ADDRESS);
    }

    /** The outcome of a failed attempt, unless another sender has taken the claim over meanwhile. */
    private void record(UUID id, Instant claimedAt, OutboxMessage.Status status, Instant nextAttemptAt, String error) {
        em.createNativeQuery("""
                        update outbox_message set status = :status, next_attempt_at = :next, last_error = :error, claimed_at = null
                         where id = :id and status = 'SENDING' and claimed_at = :claimedAt
                        """)
                .setParameter("status", status.name())
                .setParameter("next", nextAttemptAt)
                .setParameter("error", error)
                .setParameter("id", id)
                .setParameter("claimedAt", claimedAt)
                .executeUpdate();
    }

    /** Gives claimed but unsent messages back, without counting the attempt they did not get. */
    private void release(List<UUID> ids, Instant claimedAt) {
        em.createNativeQuery("""
                        update outbox_message set status = 'PENDING', claimed_at = null, attempts = attempts - 1
                         where id in (:ids) and status = 'SENDING' and claimed_at = :claimedAt
                        """)
                .setParameter("ids", ids)
                .setParameter("claimedAt", claimedAt)
                .executeUpdate();
    }

    /**
     * The subject as the Vert.x mail client must get it: encoded and folded already (it encodes only non-ASCII
     * subjects, and passes a bare LF through). Its encoder separates lines with LF and writes CRLF on the wire.
     */
    static String subjectHeader(String subject) {
        return MailHeaders.encodedSubject(subject, "\n");
    }

    /** initial × 2^(attempts−1), capped at the configured maximum. */
    Duration backoff(int attempts) {
        Duration initial = config.outbox().initialBackoff();
        Duration max = config.outbox().maxBackoff();
        long factor = 1L << Math.min(Math.max(attempts, 1) - 1, 30);
        Duration delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
