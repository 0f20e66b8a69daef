package dev.portico.catalog;

import dev.portico.platform.money.Money;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalog as a buyer sees it: texts in their language, prices for their company. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** A product with its variants and, for each, the price for the company asked about. */
    @Schema(name = "Product")
    public record ProductView(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "REMOTE-SIGNATURE") String code,
            @Schema(required = true) ProductType type,
            @Schema(required = true) String name,
            @Schema(required = true) String description,
            @Schema(description = "Term length in months (subscriptions)") Integer termMonths,
            @Schema(required = true, description = "Licenses in one unit bought (1 for one-time products)") int licensesPerUnit,
            @Schema(required = true, description = "Whether a subscription bought renews by default") boolean autoRenew,
            @Schema(required = true) List<VariantView> variants) {
    }

    /** A variant and its price; {@code price} is absent when it is not sold in the company's country. */
    @Schema(name = "ProductVariant")
    public record VariantView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            PriceView price) {
    }

    /**
     * One unit's price for the company: list price, reseller discount, net price, VAT by the company's country, gross.
     * The discount is rounded half-up per license, the tax half-up per cart line.
     */
    @Schema(name = "Price")
    public record PriceView(
            @Schema(required = true) Money listPrice,
            @Schema(required = true, description = "Reseller discount in basis points (1500 = 15 %)") int discountBasisPoints,
            @Schema(required = true) Money discount,
            @Schema(required = true, description = "What one unit costs before tax") Money netPrice,
            @Schema(required = true, description = "VAT rate of the company's country in basis points") int taxRateBasisPoints,
            @Schema(required = true) Money tax,
            @Schema(required = true) Money grossPrice) {

        public static PriceView of(Pricing.Unit unit) {
            String c = unit.currency();
            return new PriceView(new Money(unit.listMinor(), c), unit.discountBp(), new Money(unit.discountMinor(), c),
                    new Money(unit.netMinor(), c), unit.taxRateBp(), new Money(unit.taxMinor(), c),
                    new Money(unit.grossMinor(), c));
        }
    }

    /** One page of products. */
    @Schema(name = "ProductPage")
    public record ProductPage(@Schema(required = true) List<ProductView> items, String next) {
    }
}
