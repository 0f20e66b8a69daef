package dev.portico.catalog;

import dev.portico.platform.money.Money;

/**
 * How a price is computed, in minor units. Rounding (half-up to the minor unit) happens at two stated points:
 * the reseller discount per license, and the tax per line. A unit is one subscription of the product's license
 * quantity (or one one-time license); line and cart totals are plain sums, so what the cart shows is what the
 * order charges and what the invoice prints.
 */
public final class Pricing {

    private Pricing() {
    }

    /** The price of one unit: list, discount, net, tax on one unit, gross. */
    public record Unit(String currency, long listMinor, int discountBp, long discountMinor, long netMinor,
            int taxRateBp, long taxMinor, long grossMinor, long netPerLicenseMinor) {
    }

    /** A quantity of units: net, tax (rounded once per line) and total. */
    public record Line(Unit unit, int quantity, long netMinor, long taxMinor, long totalMinor) {
    }

    /**
     * @param listPerLicenseMinor the list price of one license (per term for subscriptions)
     * @param licensesPerUnit     licenses in one unit (the product's default license quantity; 1 for one-time)
     * @param discountBp          the reseller discount in basis points (0 for customers)
     * @param taxRateBp           the buyer country's VAT rate in basis points
     */
    public static Unit unit(String currency, long listPerLicenseMinor, int licensesPerUnit, int discountBp, int taxRateBp) {
        if (licensesPerUnit < 1 || discountBp < 0 || discountBp > 10_000 || taxRateBp < 0 || listPerLicenseMinor < 0) {
            throw new IllegalArgumentException("Price inputs out of range");
        }
        long netPerLicense = listPerLicenseMinor - Money.share(listPerLicenseMinor, discountBp);
        long list = listPerLicenseMinor * licensesPerUnit;
        long net = netPerLicense * licensesPerUnit;
        long tax = Money.tax(net, taxRateBp);
        return new Unit(currency, list, discountBp, list - net, net, taxRateBp, tax, net + tax, netPerLicense);
    }

    public static Line line(Unit unit, int quantity) {
        long net = unit.netMinor() * quantity;
        long tax = Money.tax(net, unit.taxRateBp());
        return new Line(unit, quantity, net, tax, net + tax);
    }
}
