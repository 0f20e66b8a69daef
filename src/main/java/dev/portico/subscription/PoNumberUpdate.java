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

    private static final String LETTER_OR_DIGIT = "A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";

    /** Letters of the Latin alphabets (the portal's languages), digits, spaces and . / # _ -; ECMA 5.1 as OpenAPI 3.0 wants. */
    public static final String PO_PATTERN = "[" + LETTER_OR_DIGIT + "][" + LETTER_OR_DIGIT + " ./#_-]*";
    public static final String PO_MESSAGE = "{portico.po-number}";

    public PoNumberUpdate {
        poNumber = poNumber == null ? null : poNumber.strip();
    }
}
