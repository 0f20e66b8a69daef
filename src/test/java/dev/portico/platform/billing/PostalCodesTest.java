package dev.portico.platform.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Postal codes by the country's published format; countries without one get the lenient rule. */
class PostalCodesTest {

    @ParameterizedTest(name = "{0} {1} is a postal code")
    @CsvSource({
        "IT, 00184", "IT, 20121", "DE, 10115", "DE, 01067", "AT, 1010", "FR, 75001", "FR, 97400", "ES, 28001",
        "ES, 52001", "PL, 00-950", "NL, 1012 AB", "NL, 1012ab", "BE, 1000", "CZ, 110 00", "SK, 811 01", "SE, 111 20",
        "PT, 1000-001", "IE, D02 X285", "IE, A65F4E2", "LU, L-1009", "LU, 1009", "LT, LT-01100", "LV, LV-1050",
        "MT, VLT 1117", "GR, 105 57", "HR, 10000", "HU, 1011", "RO, 010011", "SI, 1000", "DK, 1050", "FI, 00100",
        "EE, 10111", "BG, 1000", "CY, 1010", "CH, 8001", "GB, SW1A 1AA", "GB, M1 1AE", "GB, EC1A 1BB",
        "US, 10001", "US, 10001-1234", "NO, 0150", "JP, 100-0001",
    })
    void aPostalCodeInTheCountrysFormatPasses(String country, String code) {
        assertTrue(PostalCodes.check(country, code).valid(), code);
    }

    @ParameterizedTest(name = "{0} {1} is not a postal code")
    @CsvSource({
        "IT, ABCDE", "IT, 0018", "IT, 001845", "DE, 1011", "DE, 1011A", "AT, 01010", "FR, 7500", "ES, 53001",
        "PL, 00950", "PL, 00-95", "NL, 0123 AB", "NL, 1012 SA", "PT, 1000", "IE, 12345", "GB, 12345", "GB, SW1A",
        "US, 1000", "US, 10001-12", "CH, 80011", "BE, 0999", "CZ, 010 00", "SE, 011 20", "JP, '%%%'",
    })
    void aCodeOutsideTheCountrysFormatIsRefused(String country, String code) {
        assertFalse(PostalCodes.check(country, code).valid(), code);
    }

    @ParameterizedTest(name = "{0}: {1} is kept as {2}")
    @CsvSource({"NL, 1012ab, 1012AB", "GB, 'sw1a   1aa', SW1A 1AA", "IE, ' d02 x285 ', D02 X285"})
    void aCodeIsKeptUpperCaseWithSingleSpaces(String country, String typed, String kept) {
        assertEquals(kept, PostalCodes.check(country, typed).code());
    }

    @ParameterizedTest(name = "{0}''s example passes")
    @CsvSource({"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
        "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "CH", "GB", "US", "NO", "IS", "LI"})
    void everyCountrysExampleIsItselfValid(String country) {
        String example = PostalCodes.check(country, "!").example();
        assertTrue(PostalCodes.check(country, example).valid(), example);
    }
}
