package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.http.EntityTags;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.Locales;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small platform rules, without Quarkus. */
class ConventionsUnitTest {

    @Test
    void ifMatchAcceptsTheCurrentTagInAnyCommonSpelling() {
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("*", 3));
    }

    @Test
    void staleIfMatchIs412AndMissingIs428() {
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.requireMatch("\"2\"", 3)).kind().status());
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.requireMatch(null, 3)).kind().status());
    }

    @Test
    void cursorRoundTripsAndRejectsForgeries() {
        Cursor cursor = new Cursor("2026-11-22T10:00:00Z", UUID.randomUUID());
        assertEquals(cursor, Cursor.decode(cursor.encode()));
        assertNull(Cursor.decode(null));
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode("%%%")).kind().status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new Cursor("yesterday", UUID.randomUUID()).instantKey()).kind().status());
    }

    @Test
    void sliceCutsToTheLimitAndPointsAfterTheLastItem() {
        PageRequest page = PageRequest.of(2, null);
        var ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var slice = page.slice(ids, id -> new Cursor("k", id));
        assertEquals(ids.subList(0, 2), slice.items());
        assertEquals(ids.get(1), Cursor.decode(slice.next()).id());
        assertNull(page.slice(ids.subList(0, 2), id -> new Cursor("k", id)).next());
    }

    @Test
    void localesFallBackToEnglish() {
        assertEquals("de", Locales.closest("de-AT"));
        assertEquals("pl", Locales.closest("pl_PL"));
        assertEquals("en", Locales.closest("sv"));
        assertEquals("en", Locales.closest(null));
    }
}
