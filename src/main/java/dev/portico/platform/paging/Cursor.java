package dev.portico.platform.paging;

import dev.portico.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page, for keyset paging: the sort key of that item and its id as a tie
 * breaker. Clients see it only as an opaque string.
 */
public record Cursor(String key, UUID id) {

    public String encode() {
        String raw = key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key as an instant, for lists ordered by time. */
    public java.time.Instant instantKey() {
        try {
            return java.time.Instant.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("cursor", "is not a cursor this API gave out; start again without it");
        }
    }

    /** The sort key as a number, for lists ordered by a position. */
    public int intKey() {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("cursor", "is not a cursor this API gave out; start again without it");
        }
    }

    /** Decodes a cursor from a query parameter; {@code null} means "from the start". */
    public static Cursor decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return new Cursor(raw.substring(0, bar), UUID.fromString(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProblemException.badRequest("cursor", "is not a cursor this API gave out; start again without it");
        }
    }
}
