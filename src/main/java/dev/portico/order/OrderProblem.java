package dev.portico.order;

import dev.portico.platform.problem.ProblemKind;
import java.util.List;

/** The cart's, checkout's and credit ledger's problem types. */
public final class OrderProblem {

    public static final ProblemKind NOT_FOR_SALE = ProblemKind.of("not-for-sale", 422, "Not for sale to this company");
    public static final ProblemKind MIXED_CURRENCIES = ProblemKind.of("mixed-currencies", 422, "A cart holds one currency");
    public static final ProblemKind CART_EMPTY = ProblemKind.of("cart-empty", 409, "The cart is empty");
    public static final ProblemKind CART_CHANGED = ProblemKind.of("cart-changed", 409, "The cart's total changed — review it again");
    public static final ProblemKind INSUFFICIENT_CREDIT = ProblemKind.of("insufficient-credit", 422, "Not enough prepaid credit");
    public static final ProblemKind PAYMENT_DECLINED = ProblemKind.of("payment-declined", 402, "The payment was declined");
    public static final ProblemKind PAYMENT_UNAVAILABLE = ProblemKind.of("payment-unavailable", 503,
            "The payment provider did not answer — retry with the same Idempotency-Key");
    public static final ProblemKind CHECKOUT_EXPIRED = ProblemKind.of("checkout-expired", 409,
            "The checkout stayed unfinished too long and was given up — check out again");
    public static final ProblemKind NOT_ASSOCIABLE = ProblemKind.of("not-associable", 409, "This service can no longer be associated");

    public static final ProblemKind NOT_CANCELLABLE = ProblemKind.of("order-not-cancellable", 409, "The order can no longer be cancelled");

    public static final ProblemKind NOT_PAYABLE = ProblemKind.of("order-not-payable", 409, "No payment is open on this order");

    public static final List<ProblemKind> ALL = List.of(NOT_FOR_SALE, MIXED_CURRENCIES, CART_EMPTY, CART_CHANGED,
            INSUFFICIENT_CREDIT, PAYMENT_DECLINED, PAYMENT_UNAVAILABLE, CHECKOUT_EXPIRED, NOT_ASSOCIABLE, NOT_CANCELLABLE,
            NOT_PAYABLE);

    private OrderProblem() {
    }
}
