package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.invoice.InvoiceDocument;
import dev.portico.platform.invoice.InvoiceLabel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A credit note cancels its invoice in full; the printed words exist in every language. */
class InvoiceDocumentTest {

    final InvoiceDocument invoice = InvoiceDocument.invoice("INV-2026-000001", LocalDate.parse("2026-03-01"), "pl",
            new InvoiceDocument.Party("Seller", "Street 1", null, "DE1"),
            new InvoiceDocument.Party("Buyer", null, "PL", "PL2"),
            List.of(new InvoiceDocument.Fact(InvoiceLabel.ORDER, "ORD-2026-000001")),
            List.of(new InvoiceDocument.Line("Suite", 3, 1_000, 3_000)), "PLN", 3_000, 2300, 690, 3_690);

    @Test
    void aCreditNoteNegatesEveryAmountUnderItsOwnNumberAndNamesTheInvoice() {
        InvoiceDocument note = invoice.creditNote("INV-2026-000007", LocalDate.parse("2026-03-05"));
        assertEquals(InvoiceDocument.Kind.CREDIT_NOTE, note.kind());
        assertEquals("INV-2026-000007", note.number());
        assertEquals("INV-2026-000001", note.corrects());
        assertEquals(LocalDate.parse("2026-03-05"), note.issueDate());
        assertEquals(new InvoiceDocument.Line("Suite", 3, -1_000, -3_000), note.lines().get(0));
        assertEquals(-3_000, note.netMinor());
        assertEquals(-690, note.taxMinor());
        assertEquals(-3_690, note.totalMinor());
        assertEquals(2300, note.taxRateBp());
        assertEquals(invoice.buyer(), note.buyer());
        assertThrows(IllegalStateException.class, () -> note.creditNote("INV-2026-000008", LocalDate.parse("2026-03-06")));
    }

    @Test
    void everyLabelSpeaksFiveLanguagesAndEnglishStandsInForOthers() {
        assertEquals("Faktura korygująca", InvoiceLabel.CREDIT_NOTE.in("pl"));
        assertEquals("Credit note", InvoiceLabel.CREDIT_NOTE.in("es"));
        for (InvoiceLabel label : InvoiceLabel.values()) {
            for (String language : List.of("en", "de", "fr", "it", "pl")) {
                assertEquals(false, label.in(language).isBlank(), label + " in " + language);
            }
        }
    }
}
