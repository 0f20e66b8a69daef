package dev.portico.support;

import dev.portico.platform.billing.VatNumbers;
import java.util.Locale;
import java.util.Optional;

/**
 * Tax IDs as people type them, to match a support contract's customer. A Polish NIP is ten digits with a checksum
 * ({@link VatNumbers#poland}), entered without dashes; other countries get a lenient check (4 to 20 letters and digits) so that
 * no real format is refused. Matching ignores spaces, case and a leading country prefix such as "PL".
 */
public final class TaxIds {

    private TaxIds() {
    }

    /** Why the tax ID is not valid for the country, or empty when it is. */
    public static Optional<String> problem(String country, String taxId) {
        String value = taxId == null ? "" : taxId.strip();
        if (value.isEmpty()) {
            return Optional.of("is required");
        }
        if ("PL".equals(country)) {
            if (value.contains("-")) {
                return Optional.of("enter the NIP without dashes: 10 digits");
            }
            String digits = withoutPrefix(value.replace(" ", "").toUpperCase(Locale.ROOT), "PL");
            if (!digits.matches("\\d{10}")) {
                return Optional.of("must be a NIP of 10 digits");
            }
            return validNip(digits) ? Optional.empty() : Optional.of("is not a valid NIP (the check digit does not match)");
        }
        String compact = value.replaceAll("[\\s.-]", "");
        return compact.matches("[A-Za-z0-9]{4,20}") ? Optional.empty()
                : Optional.of("must be 4 to 20 letters and digits (spaces, dots and dashes are ignored)");
    }

    /** The form compared when matching: letters and digits only, upper case, without the country's prefix. */
    public static String key(String country, String taxId) {
        String compact = taxId.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return withoutPrefix(compact, country);
    }

    static boolean validNip(String digits) {
        return VatNumbers.poland(digits); // the same rule as a Polish VAT number on billing data
    }

    private static String withoutPrefix(String compact, String country) {
        return country != null && compact.length() > 2 && compact.startsWith(country) && Character.isDigit(compact.charAt(2))
                ? compact.substring(2) : compact;
    }
}
