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

    @Inject
    PorticoConfig config;

    static GreenMail smtp;

    @BeforeEach
    void drainEarlierMail() {
        // Mails queued by other tests are not this test's business: mark them sent.
        fixtures.count("with done as (update outbox_message set status = 'SENT', claimed_at = null where status in ('PENDING', 'SENDING') returning 1) select count(*) from done");
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
    void sendersRunningAtOnceDeliverEachMailOnce() throws Exception {
        startSmtp();
        List<String> recipients = java.util.stream.IntStream.range(0, 30).mapToObj(i -> enqueueInvitation("en")).toList();

        int senders = 3;
        var pool = Executors.newFixedThreadPool(senders);
        try {
            Callable<Integer> drain = () -> {
                int total = 0;
                int sent;
                while ((sent = sender.sendDue()) > 0) {
                    total += sent;
                }
                return total;
            };
            List<Future<Integer>> runs = pool.invokeAll(java.util.Collections.nCopies(senders, drain));
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertEquals(30, total);
        } finally {
            pool.shutdown();
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> delivered = Arrays.stream(received).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertEquals(recipients.stream().sorted().toList(), delivered);
        assertEquals(30L, Arrays.stream(received).map(OutboxMailTest::messageId).distinct().count(), "one Message-ID per mail");
        assertEquals(0L, fixtures.count("select count(*) from outbox_message where status = 'SENDING'"));
    }

    @Test
    void aMailClaimedByACrashedSenderGoesOutOnceItsLeaseHasRunOut() throws Exception {
        startSmtp();
        String to = enqueueInvitation("en");
        // Another instance claimed it and died before it sent anything.
        crashedWhileSending(to);

        assertEquals(0, sender.sendDue(), "the claim still holds");
        assertEquals(0, smtp.getReceivedMessages().length);

        clock.advance(lease().plusSeconds(1));
        assertEquals(1, sender.sendDue());
        assertEquals(0, sender.sendDue(), "sent once");
        clock.advance(lease().plusSeconds(1));
        assertEquals(0, sender.sendDue(), "and never again");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(to, received[0].getAllRecipients()[0].toString());
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and status = 'SENT' and claimed_at is null", to));
        assertEquals(2L, fixtures.count("select attempts from outbox_message where recipient = ?1", to), "the crashed claim counts as an attempt");
    }

    @Test
    void aMailSentAgainAfterACrashCarriesTheSameMessageId() throws Exception {
        startSmtp();
        String to = enqueueInvitation("de");
        assertEquals(1, sender.sendDue());
        // The instance crashed after the SMTP server took the mail and before it recorded that.
        crashedWhileSending(to);
        clock.advance(lease().plusSeconds(1));
        assertEquals(1, sender.sendDue());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length, "at least once: the resend is not prevented");
        String id = fixtures.single("select cast(id as text) from outbox_message where recipient = ?1", to).toString();
        assertEquals("<" + id + "@localhost>", messageId(received[0]));
        assertEquals(messageId(received[0]), messageId(received[1]), "but recognisable as the same message");
    }

    /** The row as a crashed sender leaves it: claimed now, one attempt more, never recorded. */
    void crashedWhileSending(String recipient) {
        assertEquals(1L, fixtures.count("""
                with claimed as (update outbox_message set status = 'SENDING', claimed_at = now(), attempts = attempts + 1, sent_at = null
                                  where recipient = ?1 returning 1)
                select count(*) from claimed""", recipient));
    }

    Duration lease() {
        return config.outbox().lease();
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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

    /** Values a ticket title, a product name from an integration or a company name from an ERP may carry. */
    static final List<String> HOSTILE = List.of(
            "Printer down\rBcc: x@evil.example",
            "Printer down\nBcc: x@evil.example",
            "Printer down\r\nBcc: x@evil.example",
            "\nBcc: x@evil.example",
            "Printer down\r\n\r\nBcc: x@evil.example",
            "Printer\u2028Bcc: x@evil.example",
            "Printer\u0000down\nBcc: x@evil.example",
            "Drucker kaputt – Zażółć\r\nBcc: x@evil.example");

    @Test
    void controlCharactersInMailDataNeverBecomeHeadersOrRecipients() throws Exception {
        startSmtp();
        Map<String, String> subjectTextByRecipient = new java.util.LinkedHashMap<>();
        for (String value : HOSTILE) {
            String reply = recipient("reply");
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue("support/ticket-reply", reply, "en", Map.of(
                    "number", "T-2026-000001", "title", value, "author", "Mallory", "body", "Hello",
                    "ticketUrl", "http://localhost:8080/support/tickets/1")));
            subjectTextByRecipient.put(reply, "Bcc: x@evil.example");
            String activation = recipient("activation");
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue("subscription/activation-request", activation, "de", Map.of(
                    "number", "S-2026-000001", "productName", value + "\nReply-To: x@evil.example", "companyName", "Acme",
                    "licenseQuantity", 5, "activationDeadline", "2027-01-31", "activationUrl", "http://localhost:8080/x")));
            subjectTextByRecipient.put(activation, "Reply-To: x@evil.example");
            String invitation = recipient("invitation");
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue("account/invitation", invitation, "pl", Map.of(
                    "companyName", value, "inviterName", "Alice", "role", "MEMBER", "email", invitation)));
            subjectTextByRecipient.put(invitation, "Bcc: x@evil.example");
        }
        while (sender.sendDue() > 0) {
            // drain
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(subjectTextByRecipient.size(), received.length, "one mail per recipient, no one else");
        assertEquals(0, smtp.getReceivedMessagesForDomain("evil.example").length);
        for (MimeMessage message : received) {
            String to = message.getAllRecipients()[0].toString();
            assertEquals(1, message.getAllRecipients().length);
            assertTrue(subjectTextByRecipient.containsKey(to), to);
            String raw = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(message);
            String head = raw.substring(0, raw.indexOf("\r\n\r\n")).replaceAll("\r\n[ \t]", " ");
            for (String line : head.split("\r\n")) {
                String name = line.substring(0, Math.max(0, line.indexOf(':'))).toLowerCase(java.util.Locale.ROOT);
                if (name.equals("cc")) {
                    assertEquals("", line.substring(3).strip(), "the mailer's empty Cc only");
                    continue;
                }
                assertTrue(java.util.Set.of("return-path", "received", "mime-version", "message-id", "date", "subject", "from", "to",
                        "content-type").contains(name), "an injected header line: " + line);
            }
            String subject = message.getSubject();
            assertTrue(subject.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029),
                    "one line: " + subject);
            assertTrue(subject.contains(subjectTextByRecipient.get(to)), "the text stays, on the subject line: " + subject);
        }
    }

    @Test
    void aRecipientThatIsNotExactlyOneAddressIsNeverSent() throws Exception {
        startSmtp();
        List<String> hostile = List.of("victim@example.com\r\nBcc: x@evil.example", "victim@example.com\nRCPT TO:<x@evil.example>",
                "victim@example.com, x@evil.example", "Victim <victim@example.com>", "victim@example.com\u0000");
        for (String to : hostile) {
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue("account/invitation", to, "en", Map.of(
                    "companyName", "Acme", "inviterName", "Alice", "role", "MEMBER", "email", "victim@example.com")));
        }
        sender.sendDue();

        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(hostile.size(), fixtures.count("""
                select count(*) from outbox_message
                 where (recipient like 'victim@example.com%' or recipient like 'Victim%') and status = 'FAILED'"""));
    }

    static String recipient(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
