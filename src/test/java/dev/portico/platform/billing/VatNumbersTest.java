package dev.portico.platform.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VAT identification numbers per member state: published examples pass, the same number with one digit changed fails
 * on its check digit where the state has one, and a wrong shape fails on the format.
 */
class VatNumbersTest {

    @ParameterizedTest(name = "{0} {1} is valid, kept as {2}")
    @CsvSource({
        "IT, IT00743110157, IT00743110157",
        "IT, 00743110157, IT00743110157",
        "IT, it 007 431 101 57, IT00743110157",
        "DE, DE136695976, DE136695976",
        "DE, DE 136.695.976, DE136695976",
        "DE, DE811569869, DE811569869",
        "PL, PL5260250274, PL5260250274",
        "PL, 526-025-02-74, PL5260250274",
        "PL, 8567346215, PL8567346215",
        "FR, FR40303265045, FR40303265045",
        "FR, FR 40 303 265 045, FR40303265045",
        "FR, FRK7399859412, FRK7399859412",
        "AT, ATU13585627, ATU13585627",
        "AT, U13585627, ATU13585627",
        "ES, ESB58378431, ESB58378431",
        "ES, ESA13585625, ESA13585625",
        "ES, ES54362315K, ES54362315K",
        "ES, ESX2482300W, ESX2482300W",
        "NL, NL004495445B01, NL004495445B01",
        "NL, NL000099998B57, NL000099998B57",
        "BE, BE0403019261, BE0403019261",
        "BE, 0776.091.951, BE0776091951",
        "GR, EL094259216, EL094259216",
        "DK, DK13585628, DK13585628",
        "SE, SE556188840401, SE556188840401",
        "CZ, CZ25123891, CZ25123891",
        "IE, IE6433435F, IE6433435F",
        "CH, CHE-123.456.789, CHE123456789",
        "GB, GB 123 4567 89, GB123456789",
        "US, 12-3456789, 123456789",
    })
    void aValidNumberPassesAndIsKeptCompactWithItsPrefix(String country, String typed, String kept) {
        VatNumbers.Result result = VatNumbers.check(country, typed);
        assertNull(result.refusal(), () -> typed + " refused: " + result.refusal());
        assertEquals(kept, result.compact());
    }

    @ParameterizedTest(name = "{0} {1} is refused: {2}")
    @CsvSource({
        "IT, IT123, FORMAT",
        "IT, IT0074311015, FORMAT",
        "IT, IT00743110158, CHECK_DIGIT",
        "DE, DE136695977, CHECK_DIGIT",
        "DE, DE12345678, FORMAT",
        "DE, DE123456789, CHECK_DIGIT",
        "PL, PL5260250275, CHECK_DIGIT",
        "PL, 526025027, FORMAT",
        "FR, FR41303265045, CHECK_DIGIT",
        "FR, FR4030326504, FORMAT",
        "AT, ATU13585628, CHECK_DIGIT",
        "AT, AT13585627, FORMAT",
        "ES, ESB58378432, CHECK_DIGIT",
        "ES, ES54362315Z, CHECK_DIGIT",
        "ES, ESX2482300A, CHECK_DIGIT",
        "NL, NL004495446B01, CHECK_DIGIT",
        "NL, NL004495445C01, FORMAT",
        "BE, BE0403019262, CHECK_DIGIT",
        "BE, BE2403019261, FORMAT",
        "GR, GR094259216, FORMAT",
        "DK, DK1358562, FORMAT",
        "SE, SE556188840402, FORMAT",
        "IT, DE136695976, OTHER_COUNTRY",
        "DE, FR40303265045, OTHER_COUNTRY",
        "CH, CH1, FORMAT",
        "US, '', FORMAT",
    })
    void aWrongNumberIsRefusedWithTheReason(String country, String typed, VatNumbers.Refusal refusal) {
        assertEquals(refusal, VatNumbers.check(country, typed).refusal());
    }

    @ParameterizedTest(name = "an EU refusal for {0} shows an example that itself passes")
    @CsvSource({"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT",
        "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"})
    void everyMemberStatesExampleIsItselfValid(String country) {
        String example = VatNumbers.check(country, "1").example();
        assertNull(VatNumbers.check(country, example).refusal(), example);
    }
}
