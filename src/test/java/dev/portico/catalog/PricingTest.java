package dev.portico.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The price rules without Quarkus: discount per license half-up, tax per line half-up, totals as sums. */
class PricingTest {

    @Test
    void aCustomerPaysTheListPricePlusTheirCountrysVat() {
        Pricing.Unit unit = Pricing.unit("EUR", 12_900, 1, 0, 1900);
        assertEquals(12_900, unit.listMinor());
        assertEquals(0, unit.discountMinor());
        assertEquals(12_900, unit.netMinor());
        assertEquals(2_451, unit.taxMinor());
        assertEquals(15_351, unit.grossMinor());
    }

    @Test
    void theResellerDiscountIsRoundedHalfUpPerLicense() {
        // 30 % of 49.99 = 14.997 → 15.00 off each license
        Pricing.Unit unit = Pricing.unit("EUR", 4_999, 1, 3000, 0);
        assertEquals(1_500, unit.discountMinor());
        assertEquals(3_499, unit.netMinor());
        // 12.5 % of 0.04 = 0.005 → rounds up to 0.01
        assertEquals(3, Pricing.unit("EUR", 4, 1, 1250, 0).netMinor());
    }

    @Test
    void aUnitOfSeveralLicensesCostsTheDiscountedLicensePriceTimesTheLicenses() {
        Pricing.Unit pack = Pricing.unit("EUR", 4_999, 5, 3000, 1900);
        assertEquals(24_995, pack.listMinor());
        assertEquals(3_499, pack.netPerLicenseMinor());
        assertEquals(17_495, pack.netMinor());
        assertEquals(7_500, pack.discountMinor());
    }

    @Test
    void taxIsRoundedOncePerLineNotPerUnit() {
        // 22 % of 34.30 = 7.546 per unit; three units: 22 % of 102.90 = 22.638 → 22.64 (not 3 × 7.55 = 22.65)
        Pricing.Unit unit = Pricing.unit("EUR", 4_900, 1, 3000, 2200);
        assertEquals(3_430, unit.netMinor());
        assertEquals(755, unit.taxMinor());
        Pricing.Line line = Pricing.line(unit, 3);
        assertEquals(10_290, line.netMinor());
        assertEquals(2_264, line.taxMinor());
        assertEquals(12_554, line.totalMinor());
    }

    @Test
    void zlotyAndEuroArePricedAlikeInTheirOwnMinorUnits() {
        Pricing.Line zloty = Pricing.line(Pricing.unit("PLN", 55_900, 1, 1000, 2300), 2);
        assertEquals("PLN", zloty.unit().currency());
        assertEquals(100_620, zloty.netMinor()); // 2 × (559.00 − 55.90)
        assertEquals(23_143, zloty.taxMinor()); // 23 % of 1,006.20 = 231.426
        Pricing.Line euro = Pricing.line(Pricing.unit("EUR", 12_900, 1, 1000, 1900), 2);
        assertEquals(23_220, euro.netMinor());
        assertEquals(4_412, euro.taxMinor()); // 19 % of 232.20 = 44.118
    }

    @Test
    void aFullDiscountMakesAFreeLineWithoutTax() {
        Pricing.Line line = Pricing.line(Pricing.unit("EUR", 999, 3, 10_000, 1900), 4);
        assertEquals(0, line.totalMinor());
    }

    @Test
    void inputsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pricing.unit("EUR", 100, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Pricing.unit("EUR", 100, 1, 10_001, 0));
        assertThrows(IllegalArgumentException.class, () -> Pricing.unit("EUR", -1, 1, 0, 0));
    }
}
