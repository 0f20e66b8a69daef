package dev.portico.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its name (dotted path for nested fields) and what is wrong with it, for people. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(required = true, maxLength = 500, example = "billing.postalCode",
                description = "The field's path in the request, the same in every language") String field,
        @Schema(required = true, maxLength = 1000, description = "What is wrong, for people, in the caller's language")
        String message) {
}
