package dev.portico.order;

import dev.portico.subscription.ManageRequests;
import dev.portico.subscription.PoNumberUpdate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of {@link OrderViews.Payment} as the contract tells them apart (a discriminated {@code oneOf} on
 * {@code method}), so that a generated client cannot send a card payment without the card. Documentation only: the
 * server reads {@link OrderViews.Payment} and refuses a missing part with 422 naming the field.
 */
final class PaymentShapes {

    private PaymentShapes() {
    }

    @Schema(name = "CreditPayment", description = "Paid from the company's prepaid credit")
    record Credit(@Schema(required = true, enumeration = "CREDIT") String method) {
    }

    @Schema(name = "CardPayment", description = "Charged to a card through the payment provider")
    record Card(@Schema(required = true, enumeration = "CARD") String method,
            @Schema(required = true) ManageRequests.Card card) {
    }

    @Schema(name = "SepaPayment", description = "Collected by SEPA direct debit through the payment provider")
    record Sepa(@Schema(required = true, enumeration = "SEPA_DEBIT") String method,
            @Schema(required = true) ManageRequests.Sepa sepa) {
    }

    @Schema(name = "InvoicePayment", description = "Paid on invoice, with the buyer's purchase-order number")
    record Invoice(@Schema(required = true, enumeration = "INVOICE") String method,
            @Schema(required = true, maxLength = 35, pattern = PoNumberUpdate.PO_PATTERN) String poNumber) {
    }
}
