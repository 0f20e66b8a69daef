package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.outbox.MailHeaders;
import jakarta.mail.internet.MimeUtility;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The header rules of outgoing mail, without Quarkus. */
class MailHeadersTest {

    @Test
    void controlCharactersAndLineSeparatorsFoldToOneSpace() {
        assertEquals("a b", MailHeaders.singleLine("a\rb"));
        assertEquals("a b", MailHeaders.singleLine("a\nb"));
        assertEquals("a b", MailHeaders.singleLine("a\r\n\r\nb"));
        assertEquals("a b", MailHeaders.singleLine("a\u0000b"));
        assertEquals("a b", MailHeaders.singleLine("a\u2028b"));
        assertEquals("a b", MailHeaders.singleLine("a\u2029b"));
        assertEquals("a b", MailHeaders.singleLine("a\u0085b"));
        assertEquals("a b", MailHeaders.singleLine("a\tb"));
        assertEquals("a b", MailHeaders.singleLine("a\u007fb"));
        assertEquals("Title Bcc: x@evil.example", MailHeaders.singleLine(" Title\nBcc: x@evil.example\n"));
        assertEquals("Zażółć gęślą jaźń 🎉", MailHeaders.singleLine("Zażółć gęślą jaźń 🎉"));
    }

    @Test
    void aLongSubjectIsCutToTheColumn() {
        String subject = MailHeaders.subject("x".repeat(600));
        assertEquals(500, subject.length());
        assertTrue(subject.endsWith("…"));
    }

    @Test
    void asciiSubjectsStayPlainAndOthersAreEncodedWordsOnShortLines() throws Exception {
        assertEquals("[T-2026-000001] New reply: Printer down", MailHeaders.encodedSubject("[T-2026-000001] New reply: Printer down", "\n"));

        String polish = "Alicja zaprasza Cię do firmy Zażółć gęślą jaźń sp. z o.o. w portalu Portico — ".repeat(3);
        String header = MailHeaders.encodedSubject(polish, "\n");
        assertTrue(header.startsWith("=?UTF-8?"), header);
        assertTrue(header.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), "only ASCII: " + header);
        for (String line : header.split("\n")) {
            assertTrue(line.length() <= 76, "folded: " + line);
        }
        for (String continuation : header.substring(header.indexOf('\n') + 1).split("\n")) {
            assertTrue(continuation.startsWith(" "), "a continuation, never a new header: " + continuation);
        }
        assertEquals(MailHeaders.subject(polish), MimeUtility.decodeText(MimeUtility.unfold(header.replace("\n", "\r\n"))));
    }

    @Test
    void aRecipientIsExactlyOnePlainAddress() {
        assertEquals(Optional.of("max.member@acme.example"), MailHeaders.singleAddress("max.member@acme.example"));
        for (String bad : new String[] {"", " ", "max@acme.example\r\nBcc: x@evil.example", "max@acme.example\nBcc: x@evil.example",
                "max@acme.example, x@evil.example", "Max <max@acme.example>", "max@acme.example (Max)", "max", "@acme.example",
                "max@", "a@b@acme.example", "max@acme.example\u0000", "max@acme.example\u2028", "mäx@acme.example",
                "undisclosed:;", "x".repeat(320) + "@acme.example"}) {
            assertEquals(Optional.empty(), MailHeaders.singleAddress(bad), () -> "refused: " + bad.replace("\n", "\\n").replace("\r", "\\r"));
        }
        assertEquals(Optional.empty(), MailHeaders.singleAddress(null));
    }

    @Test
    void theMessageIdDependsOnlyOnTheOutboxRow() {
        UUID id = UUID.fromString("3f2b8a4e-1111-4222-8333-944455556666");
        assertEquals("<3f2b8a4e-1111-4222-8333-944455556666@portal.example.com>",
                MailHeaders.messageId(id, "https://portal.example.com/"));
        assertEquals(MailHeaders.messageId(id, "https://portal.example.com"), MailHeaders.messageId(id, "https://portal.example.com"));
        assertEquals("<3f2b8a4e-1111-4222-8333-944455556666@portico.invalid>", MailHeaders.messageId(id, "not a url"));
        assertFalse(MailHeaders.messageId(id, "http://localhost:8080").contains(":8080"));
    }
}
