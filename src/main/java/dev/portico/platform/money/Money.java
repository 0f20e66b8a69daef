package dev.portico.platform.money;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in minor units (cents) of an ISO 4217 currency. */
@Schema(name = "Money")
public record Money(
        @NotNull @Min(0) @Max(MAX_AMOUNT) @Schema(required = true, description = "Minor units, e.g. cents", example = "12900") Long amount,
        @NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "{portico.currency}")
        @Schema(required = true, example = "EUR") String currency) {

    /** The largest amount Portico takes in minor units (ten billion in a currency with cents). */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    /** Tax on a net amount, rounded half-up to the minor unit. */
    public static long tax(long netMinor, int rateBasisPoints) {
        return share(netMinor, rateBasisPoints);
    }

    /** A rate in basis points as people read it: 1900 → "19 %", 2250 → "22.5 %". */
    public static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }

    /** A share of an amount in basis points (1 % = 100), rounded half-up to the minor unit. */
    public static long share(long minor, int basisPoints) {
        return Math.floorDiv(minor * basisPoints + 5_000, 10_000);
    }
}
