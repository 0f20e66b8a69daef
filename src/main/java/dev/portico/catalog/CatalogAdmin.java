package dev.portico.catalog;

import dev.portico.platform.input.MultiLine;
import dev.portico.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What back office sends and reads to manage the catalog, VAT rates and reseller discounts. */
public final class CatalogAdmin {

    static final String CODE = "[A-Z0-9][A-Z0-9_-]*";
    static final String CODE_MESSAGE = "{portico.code}";

    private CatalogAdmin() {
    }

    /** A whole product: creating it, or replacing it (variants are matched by code; missing ones are withdrawn). */
    @Schema(name = "ProductDefinition")
    public record ProductDefinition(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(required = true, example = "REMOTE-SIGNATURE") String code,
            @NotNull @Schema(required = true) ProductType type,
            @NotEmpty @Size(max = 5) @Schema(required = true, description = "Name per language (en required)") Map<String, @NotBlank @Size(max = 200) String> names,
            @MultiLine @Size(max = 5) @Schema(description = "Description per language") Map<String, @Size(max = 4000) String> descriptions,
            @Min(1) @Max(60) @Schema(description = "Term in months; required for subscriptions") Integer termMonths,
            @Min(1) @Max(100000) @Schema(description = "Licenses per subscription bought (default 1)") Integer defaultLicenseQuantity,
            @Schema(description = "Whether subscriptions bought renew automatically (default true)") Boolean autoRenew,
            @Schema(description = "Offered in the catalog (default true)") Boolean active,
            @Min(0) @Max(100000) @Schema(description = "Position in the catalog (default 0)") Integer sortOrder,
            @NotEmpty @Size(max = 20) @Valid @Schema(required = true) List<VariantDefinition> variants) {
    }

    /** A variant with its list prices per country. */
    @Schema(name = "VariantDefinition")
    public record VariantDefinition(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(required = true) String code,
            @NotEmpty @Size(max = 5) @Schema(required = true, description = "Name per language (en required)") Map<String, @NotBlank @Size(max = 200) String> names,
            @NotNull @Size(max = 60) @Valid @Schema(required = true) List<CountryPrice> prices) {
    }

    /** The list price of one license (one term for subscriptions) for buyers in a country. */
    @Schema(name = "CountryPrice")
    public record CountryPrice(
            @NotBlank @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "{portico.country}")
            @Schema(required = true, example = "DE") String country,
            @NotNull @Valid @Schema(required = true) Money price) {
    }

    /** A product as back office manages it. */
    @Schema(name = "ProductAdmin")
    public record ProductAdminView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String code,
            @Schema(required = true) ProductType type,
            @Schema(required = true) Map<String, String> names,
            @Schema(required = true) Map<String, String> descriptions,
            Integer termMonths,
            @Schema(required = true) int defaultLicenseQuantity,
            @Schema(required = true) boolean autoRenew,
            @Schema(required = true) boolean active,
            @Schema(required = true) int sortOrder,
            @Schema(required = true) List<VariantAdminView> variants) {
    }

    @Schema(name = "VariantAdmin")
    public record VariantAdminView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String code,
            @Schema(required = true) Map<String, String> names,
            @Schema(required = true) boolean active,
            @Schema(required = true) List<CountryPrice> prices) {
    }

    /** A country's VAT rate. */
    @Schema(name = "TaxRate")
    public record TaxRateView(
            @Schema(required = true, example = "DE") String country,
            @Schema(required = true, description = "Basis points, 1900 = 19 %", example = "1900") int rateBasisPoints) {
    }

    @Schema(name = "TaxRateUpdate")
    public record TaxRateUpdate(
            @NotNull @Min(0) @Max(10000) @Schema(required = true, description = "Basis points, 1900 = 19 %") Integer rateBasisPoints) {
    }

    /** A reseller tier's discount on every product, or on one product (which then wins over the tier's general one). */
    @Schema(name = "ResellerDiscount")
    public record Discount(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(required = true, example = "GOLD") String tier,
            @Size(max = 64) @Schema(description = "Only this product; absent for every product") String productCode,
            @NotNull @Min(0) @Max(10000) @Schema(required = true, description = "Basis points, 1500 = 15 %") Integer percentBasisPoints) {
    }

    /** Which tier a reseller company is in. */
    @Schema(name = "ResellerTier")
    public record Tier(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(required = true, example = "GOLD") String tier) {
    }
}
