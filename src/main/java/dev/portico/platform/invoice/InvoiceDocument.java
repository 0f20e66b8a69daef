package dev.portico.platform.invoice;

import java.time.LocalDate;
import java.util.List;

/**
 * What an invoice says, whatever was sold: seller and buyer as at issue time, a few facts (period, PO number,
 * order), the lines and the totals in minor units of one currency.
 */
public record InvoiceDocument(
        String number,
        LocalDate issueDate,
        Party seller,
        Party buyer,
        List<Fact> facts,
        List<Line> lines,
        String currency,
        long netMinor,
        int taxRateBp,
        long taxMinor,
        long totalMinor) {

    /** Seller or buyer: name, one-line address (may be null), country and VAT ID (may be null). */
    public record Party(String name, String address, String country, String taxId) {
    }

    /** A labelled fact under the heading, such as "Service period". */
    public record Fact(String label, String value) {
    }

    /** One invoice line; the amount is the line's net amount. */
    public record Line(String description, int quantity, long unitPriceMinor, long netMinor) {
    }
}
