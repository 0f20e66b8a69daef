package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.outbox.OutboxSender;
import dev.portico.support.Fixtures;
import dev.portico.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox against a real SMTP server (GreenMail on 127.0.0.1, port quarkus.mailer.port of the test profile's mail
 * host). The scheduled sender is off in tests; each test runs it explicitly. The first test starts with the
 * SMTP server down and brings it up; the server then stays up for the class (the mailer keeps connections
 * open, as it would to a real relay).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxMailTest {

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    static GreenMail smtp;

    @BeforeEach
    void drainEarlierMail() {
        // Mails queued by other tests are not this test's business: mark them sent.
        fixtures.count("with done as (update outbox_message set status = 'SENT' where status = 'PENDING' returning 1) select count(*) from done");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Starts the SMTP server unless it runs; forgets the mails earlier tests received. */
    static void startSmtp() throws Exception {
        if (smtp == null) {
            int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    String enqueueInvitation(String locale) {
        String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue("account/invitation", to, locale, Map.of(
                "companyName", "Acme & Söhne", "inviterName", "Alice", "role", "MEMBER", "email", to)));
        return to;
    }

    @Test
    @Order(1)
    void mailQueuedWhileSmtpIsDownIsDeliveredOnceItIsBack() throws Exception {
        String to = enqueueInvitation("fr");

        assertEquals(0, sender.sendDue(), "SMTP is down: nothing can be delivered");
        assertEquals(1L, fixtures.count("select attempts from outbox_message where recipient = ?1 and status = 'PENDING'", to));

        startSmtp();
        assertEquals(0, sender.sendDue(), "the retry waits for its backoff");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, sender.sendDue());
        assertEquals(0, sender.sendDue(), "a delivered mail is not sent again");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(to, received[0].getAllRecipients()[0].toString());
        assertTrue(received[0].getSubject().contains("Acme & Söhne"), received[0].getSubject());
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and status = 'SENT'", to));
    }

    @Test
    void rolledBackChangeSendsNothing() throws Exception {
        startSmtp();
        String to = "rollback-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue("account/invitation", to, "en", Map.of(
                    "companyName", "Acme", "inviterName", "Alice", "role", "MEMBER", "email", to));
            throw new IllegalStateException("the change fails after queueing its mail");
        }));
        sender.sendDue();

        assertEquals(0L, fixtures.count("select count(*) from outbox_message where recipient = ?1", to));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void twoSendersRunningAtOnceDeliverEachMailOnce() throws Exception {
        startSmtp();
        List<String> recipients = java.util.stream.IntStream.range(0, 30).mapToObj(i -> enqueueInvitation("en")).toList();

        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = () -> {
                int total = 0;
                int sent;
                while ((sent = sender.sendDue()) > 0) {
                    total += sent;
                }
                return total;
            };
            Future<Integer> first = pool.submit(drain);
            Future<Integer> second = pool.submit(drain);
            assertEquals(30, first.get() + second.get());
        } finally {
            pool.shutdown();
        }
        List<String> delivered = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertEquals(recipients.stream().sorted().toList(), delivered);
    }

    @Test
    void mailIsWrittenInTheRecipientsLanguageWithTextAndHtml() throws Exception {
        startSmtp();
        String to = enqueueInvitation("pl");
        sender.sendDue();

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertTrue(message.getSubject().contains("zaprasza"), message.getSubject());
        String raw = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(message);
        assertTrue(raw.contains("text/plain"), "has a text part");
        assertTrue(raw.contains("text/html"), "has an html part");
        assertEquals(to, message.getAllRecipients()[0].toString());
    }

    @Test
    void unknownLanguageFallsBackToEnglish() throws Exception {
        startSmtp();
        enqueueInvitation("sv");
        sender.sendDue();
        assertTrue(smtp.getReceivedMessages()[0].getSubject().contains("invited you"));
    }
}
