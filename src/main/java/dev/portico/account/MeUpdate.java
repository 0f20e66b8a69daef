package dev.portico.account;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person may change about themselves in Portico (everything else lives in Keycloak). */
@Schema(name = "MeUpdate")
public record MeUpdate(
        @NotNull @Size(max = 2) @Pattern(regexp = "en|de|fr|it|pl", message = "{portico.language}")
        @Schema(required = true, enumeration = {"en", "de", "fr", "it", "pl"}) String locale) {
}
