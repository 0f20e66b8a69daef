package dev.portico.order;

import dev.portico.platform.payment.PaymentProvider.PaymentState;

/**
 * How far the payment of a checkout got. A card or SEPA checkout commits after every step, so that money never moves
 * without an order saying why: RESERVED → AUTHORISED → COMPLETED, or ABANDONED when it cannot finish. Credit and
 * invoice checkouts are COMPLETED in one transaction. Only completed orders exist for the buyer.
 */
public enum CheckoutStage {
    /** The order and its lines are saved with the prices to charge; the provider has not (knowingly) authorised yet. */
    RESERVED,
    /** The provider holds the amount (the payment's id is on the order); it is captured next. */
    AUTHORISED,
    /** Paid (or on invoice), delivered, invoiced: the order the buyer sees. */
    COMPLETED,
    /** Given up: declined, or unfinished for too long. Nothing was taken, or it was paid back. */
    ABANDONED;

    /** What settles an unfinished checkout that nobody continued, given where its payment stands at the provider. */
    public enum Settlement {
        /** Release the authorisation: nothing was taken. */
        CANCEL_AUTHORISATION,
        /** The amount was taken but the order never completed: pay it back. */
        REFUND,
        /** Nothing is held or taken any more. */
        NOTHING
    }

    /** Whether the checkout may still continue (a retry with its key picks it up). */
    public boolean unfinished() {
        return this == RESERVED || this == AUTHORISED;
    }

    /**
     * The rule for a checkout given up: a hold is released, a capture without a completed order is refunded — so every
     * amount taken ends with exactly one completed order or goes back.
     */
    public static Settlement settle(PaymentState atProvider) {
        return switch (atProvider) {
            case AUTHORISED -> Settlement.CANCEL_AUTHORISATION;
            case CAPTURED -> Settlement.REFUND;
            case CANCELLED, REFUNDED -> Settlement.NOTHING;
        };
    }
}
