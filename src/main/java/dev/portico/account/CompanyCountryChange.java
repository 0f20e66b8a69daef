package dev.portico.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Back office sets a company's tax country, which picks its price list and VAT rate and is printed on its invoices. */
@Schema(name = "CompanyCountryChange")
public record CompanyCountryChange(
        @NotNull @Size(min = 2, max = 2) @Pattern(regexp = "[A-Z]{2}", message = "{portico.country}")
        @Schema(required = true, example = "PL") String country) {
}
