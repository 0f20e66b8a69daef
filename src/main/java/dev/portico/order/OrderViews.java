package dev.portico.order;

import dev.portico.catalog.CatalogViews;
import dev.portico.catalog.ProductType;
import dev.portico.platform.money.Money;
import dev.portico.subscription.ManageRequests;
import dev.portico.subscription.PoNumberUpdate;
import dev.portico.subscription.SubscriptionStatus;
import jakarta.validation.Valid;
import dev.portico.platform.input.EmailAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the cart, checkout, orders, associations and the credit ledger. */
public final class OrderViews {

    private OrderViews() {
    }

    // ---- cart

    @Schema(name = "CartLineAdd")
    public record CartLineAdd(
            @NotNull @Schema(required = true) UUID variantId,
            @NotNull @Min(1) @Max(1000) @Schema(required = true, description = "Units; added to a line of the same variant") Integer quantity) {
    }

    @Schema(name = "CartLineUpdate")
    public record CartLineUpdate(@NotNull @Min(1) @Max(1000) @Schema(required = true) Integer quantity) {
    }

    /**
     * A cart line priced now. {@code available} is false when the variant is no longer sold to the company (remove the
     * line to check out); {@code priceChanged} tells that the net unit price differs from when the line was added.
     */
    @Schema(name = "CartLine")
    public record CartLineView(
            @Schema(required = true) UUID id,
            @Schema(description = "Absent when no longer available") UUID productId,
            String productCode,
            ProductType productType,
            @Schema(required = true) UUID variantId,
            @Schema(required = true) String description,
            @Schema(required = true) int quantity,
            @Schema(required = true) int licensesPerUnit,
            Integer termMonths,
            @Schema(required = true) boolean available,
            CatalogViews.PriceView unitPrice,
            Money net,
            Money tax,
            Money total,
            @Schema(required = true) boolean priceChanged,
            @Schema(description = "The net unit price when the line was added, if it changed since") Money previousUnitPrice) {
    }

    /** The prepaid balance before and after paying the cart with it. */
    @Schema(name = "CartCredit")
    public record CartCredit(
            @Schema(required = true) Money balance,
            @Schema(required = true) Money balanceAfter,
            @Schema(required = true, description = "Whether the balance covers the cart") boolean sufficient,
            @Schema(required = true, description = "What is missing to pay the cart with credit (0 when sufficient)") Money shortfall) {
    }

    /** The caller's cart for a company, totals computed on the server (tax half-up per line; totals are sums). */
    @Schema(name = "Cart")
    public record CartView(
            @Schema(required = true) UUID companyId,
            @Schema(required = true) List<CartLineView> lines,
            @Schema(description = "Absent while the cart is empty") Money net,
            Money tax,
            Money total,
            @Schema(description = "Present when the company has prepaid credit in the cart's currency") CartCredit credit,
            @Schema(required = true, description = "Whether checkout can go ahead (not empty, every line available)") boolean checkoutPossible) {
    }

    // ---- checkout

    /** The billing data to print on the invoice; the person confirms it is correct. */
    @Schema(name = "BillingData")
    public record BillingData(
            @NotBlank @Size(max = 200) @Schema(required = true) String name,
            @NotBlank @Size(max = 200) @Schema(required = true) String street,
            @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9 -]+", message = "{portico.postal-code}")
            @Schema(required = true) String postalCode,
            @NotBlank @Size(max = 100) @Schema(required = true) String city,
            @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9 ./-]*", message = "{portico.tax-id}")
            String taxId) {
    }

    /** How to pay: card details and SEPA details go to the payment provider only; a PO number for invoices. */
    @Schema(name = "CheckoutPayment", description = "One of four shapes, told apart by `method`",
            oneOf = {PaymentShapes.Credit.class, PaymentShapes.Card.class, PaymentShapes.Sepa.class, PaymentShapes.Invoice.class},
            discriminatorProperty = "method", discriminatorMapping = {
                    @DiscriminatorMapping(value = "CREDIT", schema = PaymentShapes.Credit.class),
                    @DiscriminatorMapping(value = "CARD", schema = PaymentShapes.Card.class),
                    @DiscriminatorMapping(value = "SEPA_DEBIT", schema = PaymentShapes.Sepa.class),
                    @DiscriminatorMapping(value = "INVOICE", schema = PaymentShapes.Invoice.class)})
    public record Payment(
            @NotNull @Schema(required = true) PaymentChoice method,
            @Valid ManageRequests.Card card,
            @Valid ManageRequests.Sepa sepa,
            @Size(max = 35) @Pattern(regexp = PoNumberUpdate.PO_PATTERN, message = PoNumberUpdate.PO_MESSAGE)
            @Schema(description = "Required when paying on invoice") String poNumber) {

        public Payment {
            poNumber = poNumber == null || poNumber.isBlank() ? null : poNumber.strip();
        }
    }

    @Schema(name = "Checkout")
    public record Checkout(
            @NotNull @Schema(required = true) UUID companyId,
            @Schema(required = true, description = "Must be true: the buyer confirms the billing data") Boolean billingDataConfirmed,
            @NotNull @Valid @Schema(required = true) BillingData billing,
            @NotNull @Valid @Schema(required = true) Payment payment,
            @Valid @Schema(description = "The total the buyer saw; when the cart now costs something else, 409 cart-changed") Money expectedTotal) {
    }

    // ---- orders

    /** A reseller's association of a bought service with an end customer. */
    @Schema(name = "Association")
    public record AssociationView(
            @Schema(required = true) String email,
            @Schema(required = true) Instant associatedAt,
            @Schema(required = true, enumeration = {"PENDING", "CLAIMED"}) String state,
            Instant claimedAt) {
    }

    @Schema(name = "OrderItemActions")
    public record ItemActions(
            @Schema(required = true) boolean associate,
            @Schema(required = true) boolean withdrawAssociation) {
    }

    /** One delivered unit: a subscription (with its state now) or a one-time license key. */
    @Schema(name = "OrderItem")
    public record ItemView(
            @Schema(required = true) UUID id,
            @Schema(required = true, enumeration = {"SUBSCRIPTION", "LICENSE_KEY"}) String kind,
            UUID subscriptionId,
            String subscriptionNumber,
            SubscriptionStatus subscriptionStatus,
            String licenseKey,
            AssociationView association,
            @Schema(required = true) ItemActions actions) {
    }

    @Schema(name = "OrderLine")
    public record LineView(
            @Schema(required = true) int lineNo,
            @Schema(required = true) String productCode,
            @Schema(required = true) ProductType productType,
            @Schema(required = true) String description,
            @Schema(required = true) int quantity,
            @Schema(required = true) int licensesPerUnit,
            Integer termMonths,
            @Schema(required = true) Money listUnitPrice,
            @Schema(required = true) int discountBasisPoints,
            @Schema(required = true) Money unitPrice,
            @Schema(required = true) int taxRateBasisPoints,
            @Schema(required = true) Money net,
            @Schema(required = true) Money tax,
            @Schema(required = true) Money total,
            @Schema(required = true) List<ItemView> items) {
    }

    @Schema(name = "OrderBilling")
    public record BillingView(
            @Schema(required = true) String name,
            @Schema(required = true) String street,
            @Schema(required = true) String postalCode,
            @Schema(required = true) String city,
            @Schema(required = true) String country,
            String taxId) {
    }

    @Schema(name = "OrderPayment")
    public record PaymentView(
            @Schema(required = true) PaymentChoice method,
            @Schema(required = true) String display,
            String poNumber,
            @Schema(required = true) boolean paid) {
    }

    @Schema(name = "Order")
    public record OrderView(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "ORD-2026-000042") String number,
            @Schema(required = true) UUID companyId,
            @Schema(required = true) OrderStatus status,
            @Schema(required = true) Instant placedAt,
            Instant paidAt,
            Instant fulfilledAt,
            @Schema(required = true) String placedBy,
            @Schema(required = true) Money net,
            @Schema(required = true) Money tax,
            @Schema(required = true) Money total,
            @Schema(required = true) PaymentView payment,
            @Schema(required = true) BillingView billing,
            @Schema(required = true) String invoiceNumber,
            @Schema(description = "The credit note that cancelled the paid invoice of a cancelled order "
                    + "(GET /api/v1/orders/{id}/credit-note); an unpaid invoice is void instead", example = "INV-2026-000043")
            String creditNoteNumber,
            @Schema(required = true) List<LineView> lines,
            Instant cancelledAt,
            @Schema(required = true) OrderActions actions) {
    }

    /** What the caller may do with the order now. */
    @Schema(name = "OrderActions")
    public record OrderActions(
            @Schema(required = true, description = "Cancel with a full refund: while every service bought is still "
                    + "pending activation and none was handed over, and no license key was delivered") boolean cancel) {
    }

    @Schema(name = "OrderSummary")
    public record OrderSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String number,
            @Schema(required = true) OrderStatus status,
            @Schema(required = true) Instant placedAt,
            @Schema(required = true) String placedBy,
            @Schema(required = true) Money total,
            @Schema(required = true) PaymentChoice paymentMethod,
            @Schema(required = true, description = "The lines' descriptions, e.g. \"2 × Remote signature — SPID\"") List<String> lines,
            @Schema(required = true, description = "Subscriptions bought that are not active yet") int pendingActivation) {
    }

    @Schema(name = "OrderPage")
    public record OrderPage(@Schema(required = true) List<OrderSummary> items, String next) {
    }

    @Schema(name = "AssociationRequest")
    public record AssociationRequest(
            @NotBlank @EmailAddress @Size(max = 320)
            @Schema(required = true, description = "The end customer's email") String email) {

        public AssociationRequest {
            email = email == null ? null : email.strip();
        }
    }

    /** A one-time license bought, with its key. */
    @Schema(name = "LicenseKey")
    public record LicenseKeyView(
            @Schema(required = true) UUID itemId,
            @Schema(required = true) String licenseKey,
            @Schema(required = true) String description,
            @Schema(required = true) UUID orderId,
            @Schema(required = true) String orderNumber,
            @Schema(required = true) Instant purchasedAt) {
    }

    @Schema(name = "LicenseKeyPage")
    public record LicenseKeyPage(@Schema(required = true) List<LicenseKeyView> items, String next) {
    }

    // ---- credit

    @Schema(name = "CreditAccount")
    public record CreditAccountView(
            @Schema(required = true) UUID companyId,
            @Schema(required = true, description = "Whether the company has prepaid credit at all (had a top-up)") boolean hasAccount,
            @Schema(required = true) Money balance) {
    }

    /** One ledger entry: {@code change} is signed (positive = money in), in minor units of the currency. */
    @Schema(name = "CreditEntry")
    public record CreditEntryView(
            @Schema(required = true) UUID id,
            @Schema(required = true) Instant occurredAt,
            @Schema(required = true) CreditEntryKind kind,
            @Schema(required = true, description = "Signed minor units: + money in, − money out") long change,
            @Schema(required = true) String currency,
            @Schema(required = true) Money balanceAfter,
            @Schema(required = true) String reason,
            UUID orderId,
            String by) {
    }

    @Schema(name = "CreditEntryPage")
    public record CreditEntryPage(@Schema(required = true) List<CreditEntryView> items, String next) {
    }

    /** A payment received for an order paid on invoice. */
    @Schema(name = "OrderPaymentRecord")
    public record PaymentRecord(
            @NotBlank @Size(max = 100) @Schema(required = true, example = "Bank transfer 2026-11-25, ref. 4711") String reference) {
    }

    @Schema(name = "CreditTopUp")
    public record TopUp(
            @NotNull @Valid @Schema(required = true) Money amount,
            @NotBlank @Size(max = 500) @Schema(required = true, example = "Bank transfer 2026-11-20, ref. 4711") String reason) {
    }
}
