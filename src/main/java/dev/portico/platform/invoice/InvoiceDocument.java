package dev.portico.platform.invoice;

import java.time.LocalDate;
import java.util.List;

/**
 * What an invoice or a credit note says, whatever was sold: seller and buyer as at issue time, a few facts (period, PO
 * number, order), the lines and the totals in minor units of one currency, printed in one language. A credit note
 * cancels an invoice in full: its own number in the invoice series, the invoice it corrects, negative amounts.
 */
public record InvoiceDocument(
        Kind kind,
        String number,
        LocalDate issueDate,
        String corrects,
        String language,
        Party seller,
        Party buyer,
        List<Fact> facts,
        List<Line> lines,
        String currency,
        long netMinor,
        int taxRateBp,
        long taxMinor,
        long totalMinor) {

    /** An invoice, or a credit note cancelling one. */
    public enum Kind {
        INVOICE,
        CREDIT_NOTE
    }

    /** Seller or buyer: name, one-line address (may be null), country and VAT ID (may be null). */
    public record Party(String name, String address, String country, String taxId) {
    }

    /** A labelled fact under the heading, such as the service period. */
    public record Fact(InvoiceLabel label, String value) {
    }

    /** One invoice line; the amount is the line's net amount. */
    public record Line(String description, int quantity, long unitPriceMinor, long netMinor) {
    }

    /** An invoice (no invoice it corrects). */
    public static InvoiceDocument invoice(String number, LocalDate issueDate, String language, Party seller, Party buyer,
            List<Fact> facts, List<Line> lines, String currency, long netMinor, int taxRateBp, long taxMinor,
            long totalMinor) {
        return new InvoiceDocument(Kind.INVOICE, number, issueDate, null, language, seller, buyer, facts, lines, currency,
                netMinor, taxRateBp, taxMinor, totalMinor);
    }

    /**
     * The credit note that cancels this invoice in full: the same parties, facts and lines with every amount negated
     * (quantities stay, unit prices and amounts turn negative), under its own number and date.
     */
    public InvoiceDocument creditNote(String creditNoteNumber, LocalDate creditNoteDate) {
        if (kind != Kind.INVOICE) {
            throw new IllegalStateException(number + " is a credit note already");
        }
        return new InvoiceDocument(Kind.CREDIT_NOTE, creditNoteNumber, creditNoteDate, number, language, seller, buyer,
                facts, lines.stream().map(l -> new Line(l.description(), l.quantity(), -l.unitPriceMinor(),
                        -l.netMinor())).toList(),
                currency, -netMinor, taxRateBp, -taxMinor, -totalMinor);
    }
}
