package dev.portico.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tax IDs: the Polish NIP's checksum, lenient formats elsewhere, and the key contracts are matched by. */
class TaxIdsTest {

    @Test
    void aPolishNipNeedsTenDigitsWithAMatchingCheckDigit() {
        assertEquals(Optional.empty(), TaxIds.problem("PL", "5260250274"));
        assertEquals(Optional.empty(), TaxIds.problem("PL", "PL5260250274"));
        assertTrue(TaxIds.problem("PL", "5260250275").orElseThrow().contains("check digit"));
        assertTrue(TaxIds.problem("PL", "526025027").orElseThrow().contains("10 digits"));
        assertTrue(TaxIds.problem("PL", "526-025-02-74").orElseThrow().contains("without dashes"));
    }

    @Test
    void otherCountriesFormatsAreNotRefused() {
        assertEquals(Optional.empty(), TaxIds.problem("DE", "DE123456789"));
        assertEquals(Optional.empty(), TaxIds.problem("DE", "12/345/67890".replace("/", "")));
        assertEquals(Optional.empty(), TaxIds.problem("IT", "IT01234567897"));
        assertEquals(Optional.empty(), TaxIds.problem("GB", "GB 123 4567 89"));
        assertTrue(TaxIds.problem("DE", "x").isPresent());
        assertTrue(TaxIds.problem("DE", " ").isPresent());
    }

    @Test
    void matchingIgnoresSpacesCaseAndTheCountryPrefix() {
        assertEquals("5260250274", TaxIds.key("PL", "PL 5260250274"));
        assertEquals("5260250274", TaxIds.key("PL", "5260250274"));
        assertEquals("123456789", TaxIds.key("DE", "de123456789"));
        assertEquals("DEUTSCH123", TaxIds.key("DE", "Deutsch123"));
    }
}
