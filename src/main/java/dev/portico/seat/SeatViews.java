package dev.portico.seat;

import dev.portico.platform.input.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of seats. */
public final class SeatViews {

    private SeatViews() {
    }

    /** One seat. */
    @Schema(name = "Seat")
    public record SeatView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID subscriptionId,
            @Schema(required = true) String email,
            UUID userId,
            String name,
            @Schema(required = true) LocalDate validFrom,
            @Schema(description = "Inclusive; null = open-ended") LocalDate validUntil,
            @Schema(required = true) SeatState state,
            Instant revokedAt,
            @Schema(required = true) Actions actions) {

        /** What the caller may do with the seat now. */
        @Schema(name = "SeatActions")
        public record Actions(@Schema(required = true) boolean changePeriod, @Schema(required = true) boolean revoke) {
        }
    }

    /** A subscription's seats with today's usage; the seat calendar is drawn from it. */
    @Schema(name = "SeatOverview")
    public record SeatOverview(
            @Schema(required = true) UUID subscriptionId,
            @Schema(required = true) String subscriptionNumber,
            @Schema(required = true) String productName,
            @Schema(required = true) int quantity,
            @Schema(required = true) long usedToday,
            @Schema(required = true) long freeToday,
            @Schema(description = "The next day with a free seat (today if one is free); null if none ever frees up")
            LocalDate nextFreeDate,
            @Schema(required = true) LocalDate today,
            LocalDate termStart,
            LocalDate termEnd,
            @Schema(required = true) boolean autoRenew,
            @Schema(required = true) boolean canAssign,
            @Schema(required = true) List<SeatView> seats) {
    }

    /** Give a seat to someone by email. */
    @Schema(name = "SeatAssignment")
    public record SeatAssignment(
            @NotBlank @EmailAddress @Size(max = 320)
            @Schema(required = true) String email,
            @Schema(description = "First day (default today)") LocalDate validFrom,
            @Schema(description = "Last day, inclusive (default: open-ended)") LocalDate validUntil) {

        public SeatAssignment {
            email = email == null ? null : email.strip();
        }
    }

    /** A seat's new period (validUntil null = open-ended). */
    @Schema(name = "SeatPeriod")
    public record SeatPeriod(@NotNull @Schema(required = true) LocalDate validFrom, LocalDate validUntil) {
    }

    /** One of my licenses. */
    @Schema(name = "License")
    public record LicenseView(
            @Schema(required = true) UUID seatId,
            @Schema(required = true) String productCode,
            @Schema(required = true) String productName,
            @Schema(required = true) String subscriptionNumber,
            @Schema(required = true) String companyName,
            @Schema(required = true) LocalDate validFrom,
            LocalDate validUntil,
            @Schema(required = true) SeatState state) {
    }

    /** May this person use the product now? */
    @Schema(name = "Entitlement")
    public record EntitlementView(
            @Schema(required = true) String productCode,
            @Schema(required = true) String email,
            @Schema(required = true) boolean entitled,
            @Schema(description = "Last day of the seat, null if open-ended or not entitled") LocalDate validUntil,
            String subscriptionNumber) {
    }
}
