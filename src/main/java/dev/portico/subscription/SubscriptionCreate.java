package dev.portico.subscription;

import dev.portico.platform.money.Money;
import jakarta.validation.Valid;
import dev.portico.platform.input.EmailAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription created by back office or an integration (orders will create them too). */
@Schema(name = "SubscriptionCreate")
public record SubscriptionCreate(
        @NotNull @Schema(required = true) UUID companyId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "{portico.code}")
        @Schema(required = true, example = "PROFIS-ENGINEERING") String productCode,
        @NotBlank @Size(max = 200) @Schema(required = true) String productName,
        @Min(1) @Max(100000) @Schema(required = true) int licenseQuantity,
        @Min(1) @Max(60) @Schema(description = "Term length in months (default 12)") Integer termMonths,
        @Schema(required = true) boolean autoRenew,
        @Size(max = 35) @Pattern(regexp = PoNumberUpdate.PO_PATTERN, message = PoNumberUpdate.PO_MESSAGE) String poNumber,
        @NotBlank @EmailAddress @Size(max = 320) @Schema(required = true) String adminEmail,
        @Size(max = 64) String orderReference,
        @Valid @Schema(description = "Price of one license for one term (default 0 EUR)") Money unitPrice,
        @Min(0) @Max(10000) @Schema(description = "VAT rate in basis points, 1900 = 19 % (default 0)") Integer taxRateBasisPoints) {

    public SubscriptionCreate {
        adminEmail = adminEmail == null ? null : adminEmail.strip();
        poNumber = poNumber == null || poNumber.isBlank() ? null : poNumber.strip();
    }
}
