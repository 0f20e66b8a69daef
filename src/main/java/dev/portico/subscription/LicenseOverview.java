package dev.portico.subscription;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a company admin reads in the company's license overview. */
public final class LicenseOverview {

    private LicenseOverview() {
    }

    /** Someone holding (or about to hold) a seat of the subscription. */
    @Schema(name = "LicenseHolder")
    public record Holder(
            @Schema(required = true) String email,
            @Schema(description = "Their name once they signed in") String name,
            @Schema(required = true) LocalDate validFrom,
            @Schema(description = "Last day, inclusive; null when open-ended") LocalDate validUntil,
            @Schema(required = true, description = "Whether the seat counts today (else it starts later)") boolean today) {
    }

    /** One subscription with its period, seats and the numbers to quote. */
    @Schema(name = "LicenseOverviewRow")
    public record Row(
            @Schema(required = true) UUID subscriptionId,
            @Schema(required = true, example = "SUB-000123") String subscriptionNumber,
            @Schema(required = true) String productCode,
            @Schema(required = true) String productName,
            @Schema(required = true) SubscriptionStatus status,
            @Schema(description = "First day of the current term; null until activated") LocalDate termStart,
            @Schema(description = "Last day of the current term (inclusive); null until activated") LocalDate termEnd,
            @Schema(description = "When it renews next; null when it does not renew") LocalDate nextRenewalDate,
            @Schema(required = true) int quantity,
            @Schema(required = true, description = "Seats that count today") int seatsUsedToday,
            @Schema(required = true, description = "Seats free today") int seatsFreeToday,
            @Schema(required = true, description = "Live seats: today's and those starting later") List<Holder> holders,
            @Schema(required = true, description = "Numbers of the invoices issued for it: the order's and every term's, oldest first")
            List<String> invoiceNumbers,
            @Schema(description = "The order it was bought with in the shop") String orderNumber) {
    }

    @Schema(name = "LicenseOverviewPage")
    public record Page(
            @Schema(required = true) List<Row> items,
            @Schema(description = "Cursor of the next page; null on the last") String next,
            @Schema(required = true, description = "Today in the company's time zone: the day seats are counted for") LocalDate today) {
    }
}
