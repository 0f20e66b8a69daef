package dev.portico.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new purchase-order number for a subscription. */
@Schema(name = "PoNumberChange")
public record PoNumberUpdate(
        @NotBlank @Size(max = 35) @Pattern(regexp = PO_PATTERN, message = PO_MESSAGE)
        @Schema(required = true, example = "PO-2026-0042") String poNumber) {

    public static final String PO_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ./#_-]*";
    public static final String PO_MESSAGE = "may contain letters, digits, spaces and . / # _ - (up to 35 characters)";

    public PoNumberUpdate {
        poNumber = poNumber == null ? null : poNumber.strip();
    }
}
