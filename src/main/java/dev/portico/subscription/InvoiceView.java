package dev.portico.subscription;

import dev.portico.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice as listed for a subscription; the PDF has the full document. */
@Schema(name = "Invoice")
public record InvoiceView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "INV-2026-000042") String number,
        @Schema(required = true) Instant issuedAt,
        @Schema(required = true, description = "The invoice date: the day of issue in the company's time zone") LocalDate issueDate,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        String poNumber,
        @Schema(required = true) Money net,
        @Schema(required = true) Money tax,
        @Schema(required = true) Money total) {

    static InvoiceView of(Invoice i) {
        return new InvoiceView(i.id, i.number, i.issuedAt, i.issueDate, i.periodStart, i.periodEnd, i.poNumber,
                new Money(i.netMinor, i.currency), new Money(i.taxMinor, i.currency), new Money(i.totalMinor, i.currency));
    }
}
