package dev.portico.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its name (dotted path for nested fields) and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(required = true, maxLength = 500, example = "billing.postalCode") String field,
        @Schema(required = true, maxLength = 1000) String message) {
}
