package dev.portico.platform.outbox;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules for the header values of an outgoing mail, pure: whatever a template rendered from whatever data, a
 * header value is one line (no CR, LF, NUL or other control character, no Unicode line separator), a recipient is
 * exactly one plain address, and a subject that is not plain ASCII is RFC 2047-encoded.
 */
public final class MailHeaders {

    /** The subject column's length; longer subjects are cut. */
    static final int MAX_SUBJECT_LENGTH = 500;

    /** Longest address SMTP carries (RFC 5321: 64 for the local part, 255 for the domain, and the @). */
    static final int MAX_ADDRESS_LENGTH = 320;

    private MailHeaders() {
    }

    /**
     * The value on one line: every control character (C0 and C1, so CR, LF, NUL, TAB and NEL) and every Unicode
     * line or paragraph separator becomes a space; runs of white space become one space; no space at either end.
     */
    public static String singleLine(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (breaksLine(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = line.length() > 0;
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            line.appendCodePoint(c);
        }
        return line.toString();
    }

    /** A rendered subject as it may be stored and sent: one line, at most {@value #MAX_SUBJECT_LENGTH} characters. */
    public static String subject(String rendered) {
        String line = singleLine(rendered);
        if (line.length() <= MAX_SUBJECT_LENGTH) {
            return line;
        }
        int end = MAX_SUBJECT_LENGTH - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }

    /**
     * The subject as it goes into the header: plain ASCII stays as it is, anything else becomes RFC 2047 encoded
     * words (UTF-8), folded at white space so that no line of the header gets long. Lines are separated by
     * {@code lineBreak} followed by a space (a continuation, never a new header).
     */
    public static String encodedSubject(String subject, String lineBreak) {
        String line = subject(subject);
        String encoded;
        try {
            encoded = MimeUtility.encodeText(line, StandardCharsets.UTF_8.name(), null);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
        // "Subject: " takes 9 characters of the first line
        return MimeUtility.fold(9, encoded).replace("\r\n", lineBreak);
    }

    /**
     * The recipient if it is exactly one plain address ({@code someone@example.com}): no display name, no group,
     * no second address, nothing outside printable ASCII (the mail client speaks no SMTPUTF8).
     */
    public static Optional<String> singleAddress(String recipient) {
        if (recipient == null || recipient.isEmpty() || recipient.length() > MAX_ADDRESS_LENGTH
                || !recipient.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(recipient, true);
            address.validate();
            if (address.isGroup() || address.getPersonal() != null || !recipient.equals(address.getAddress())
                    || recipient.indexOf('@') <= 0 || recipient.indexOf('@') != recipient.lastIndexOf('@')) {
                return Optional.empty();
            }
            return Optional.of(recipient);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /**
     * A Message-ID that only depends on the outbox row, so that a mail sent again after a crash is recognisably
     * the same message: {@code <outbox-row-id@host of the portal>}.
     */
    public static String messageId(UUID outboxId, String publicUrl) {
        String host = null;
        try {
            host = URI.create(publicUrl).getHost();
        } catch (IllegalArgumentException notAUri) {
            // fall through to the default
        }
        if (host == null || host.isBlank() || !host.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'))) {
            host = "portico.invalid";
        }
        return "<" + outboxId + "@" + host + ">";
    }

    private static boolean breaksLine(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
