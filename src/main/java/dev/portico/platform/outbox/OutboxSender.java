package dev.portico.platform.outbox;

import dev.portico.platform.PorticoConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox mails. Each run locks a batch of due rows with {@code FOR UPDATE SKIP LOCKED}, so
 * several app instances can run it at once without sending a mail twice. A failed delivery is retried with
 * exponential backoff; after {@code portico.outbox.max-attempts} the message is marked FAILED.
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
    PorticoConfig config;

    @Scheduled(every = "${portico.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-sender")
    void scheduled() {
        sendDue();
    }

    /** Sends one batch of due mails; returns how many were delivered. */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = em.createNativeQuery("""
                        select * from outbox_message
                         where status = 'PENDING' and next_attempt_at <= :now
                         order by next_attempt_at, id
                         limit :batch
                           for update skip locked
                        """, OutboxMessage.class)
                .setParameter("now", now)
                .setParameter("batch", config.outbox().batchSize())
                .getResultList();
        int delivered = 0;
        for (OutboxMessage message : due) {
            Optional<String> recipient = MailHeaders.singleAddress(message.recipient);
            if (recipient.isEmpty()) {
                message.status = OutboxMessage.Status.FAILED;
                message.lastError = MailOutbox.NOT_AN_ADDRESS;
                LOG.errorf("Mail %s not sent: the recipient is not one valid address", message.id);
                continue;
            }
            try {
                mailer.send(Mail.withHtml(recipient.get(), subjectHeader(message.subject), message.htmlBody)
                        .setText(message.textBody));
                message.status = OutboxMessage.Status.SENT;
                message.sentAt = clock.instant();
                message.attempts++;
                message.lastError = null;
                delivered++;
            } catch (RuntimeException e) {
                failed(message, e, now);
            }
        }
        return delivered;
    }

    /**
     * The subject as the Vert.x mail client must get it: encoded and folded already (it encodes only non-ASCII
     * subjects, and passes a bare LF through). Its encoder separates lines with LF and writes CRLF on the wire.
     */
    static String subjectHeader(String subject) {
        return MailHeaders.encodedSubject(subject, "\n");
    }

    private void failed(OutboxMessage message, RuntimeException e, Instant now) {
        message.attempts++;
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message.lastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (message.attempts >= config.outbox().maxAttempts()) {
            message.status = OutboxMessage.Status.FAILED;
            LOG.errorf("Giving up on mail %s to %s after %d attempts: %s", message.id, message.recipient,
                    message.attempts, message.lastError);
            return;
        }
        message.nextAttemptAt = now.plus(backoff(message.attempts));
        LOG.warnf("Mail %s to %s failed (attempt %d), retrying at %s: %s", message.id, message.recipient,
                message.attempts, message.nextAttemptAt, message.lastError);
    }

    /** initial × 2^(attempts−1), capped at the configured maximum. */
    Duration backoff(int attempts) {
        Duration initial = config.outbox().initialBackoff();
        Duration max = config.outbox().maxBackoff();
        long factor = 1L << Math.min(attempts - 1, 30);
        Duration delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
