package dev.portico.platform.paging;

import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page, for keyset paging: the sort key of that item and its id as a tie
 * breaker. Clients see it only as an opaque string, which also carries a fingerprint of the list it came from (path and
 * filters), so that a cursor is refused by any other list.
 */
public record Cursor(String key, UUID id) {

    /** A cursor Portico did not give out, for lists that read one (the reason in the reader's language). */
    public static final Message NOT_OURS = Message.of("field.cursor.unknown");
    private static final Message FOREIGN = Message.of("field.cursor.foreign");

    public String encode() {
        return encode("");
    }

    /** The cursor for the list {@code scope} (see {@link PageRequest}). */
    public String encode(String scope) {
        String raw = key + "|" + id + "|" + fingerprint(scope);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key as an instant, for lists ordered by time. */
    public java.time.Instant instantKey() {
        try {
            return java.time.Instant.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("cursor", NOT_OURS);
        }
    }

    /** The sort key as a number, for lists ordered by a position. */
    public int intKey() {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("cursor", NOT_OURS);
        }
    }

    /** Decodes a cursor from a query parameter; {@code null} means "from the start". */
    public static Cursor decode(String encoded) {
        return decode(encoded, "");
    }

    /** Decodes a cursor given out by the list {@code scope}; a cursor of another list or other filters answers 400. */
    public static Cursor decode(String encoded, String scope) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int tagBar = raw.lastIndexOf('|');
            int idBar = raw.lastIndexOf('|', tagBar - 1);
            if (!raw.substring(tagBar + 1).equals(fingerprint(scope))) {
                throw ProblemException.badRequest("cursor", FOREIGN);
            }
            return new Cursor(raw.substring(0, idBar), UUID.fromString(raw.substring(idBar + 1, tagBar)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProblemException.badRequest("cursor", NOT_OURS);
        }
    }

    /** Eight hex digits of the list's SHA-256: enough to tell lists apart, not a secret. */
    private static String fingerprint(String scope) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
