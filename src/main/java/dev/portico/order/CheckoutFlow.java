package dev.portico.order;

import dev.portico.platform.payment.PaymentProvider;
import dev.portico.platform.payment.PaymentProvider.PaymentDeclined;
import dev.portico.platform.payment.PaymentProvider.PaymentUnavailable;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves the money of a checkout and of a cancellation, outside any database transaction, between steps that each
 * commit — so that money never moves without a committed order saying why, and a repeated request never moves it twice.
 *
 * <p>Card and SEPA checkout: <b>reserve</b> (the order and its lines are saved, RESERVED; the cart is untouched) →
 * <b>authorise</b> at the provider → <b>record the authorisation</b> (AUTHORISED) → <b>capture</b> → <b>complete</b>
 * (paid, delivered, invoiced, cart emptied, confirmation mailed; COMPLETED). Each provider call carries an idempotency
 * key derived from the checkout's Idempotency-Key, caller and company ({@link PaymentKeys}), and a retry with that key
 * continues the same order from where it stopped: the provider answers a repeated call with its first outcome, so the
 * buyer is charged at most once. A decline gives the checkout up (nothing taken; a retry is a new attempt); a provider
 * that does not answer leaves it to be continued (503 {@code payment-unavailable}); a failure after the capture leaves
 * the order AUTHORISED, to be completed by the retry. A checkout nobody continues is settled by
 * {@link PaymentRecoveryJob}: the hold released, or a capture without a completed order refunded.
 *
 * <p>Cancellation: the order is cancelled first (committed, owing the refund), then the provider refunds it under a key
 * of the order; a refund that does not go through is retried by a repeated cancellation and by the job.
 */
@ApplicationScoped
public class CheckoutFlow {

    private static final Logger LOG = Logger.getLogger(CheckoutFlow.class);

    @Inject
    OrderService orders;

    @Inject
    PaymentProvider payments;

    @Inject
    CurrentUser currentUser;

    @Transactional(Transactional.TxType.NEVER) // every step commits on its own; never inside a caller's transaction
    public OrderViews.OrderView checkout(OrderViews.Checkout request, String idempotencyKey) {
        String checkoutKey = PaymentKeys.checkout(request.companyId(), currentUser.id(), idempotencyKey);
        OrderService.Reservation order = orders.reserve(request, checkoutKey);
        if (order.completed() != null) {
            return order.completed();
        }
        String paymentId = order.paymentId();
        if (order.stage() == CheckoutStage.RESERVED) {
            try {
                paymentId = payments.authorise(PaymentKeys.authorise(checkoutKey, order.attempt()), order.paymentToken(),
                        order.totalMinor(), order.currency(), order.number());
            } catch (PaymentDeclined e) {
                orders.abandon(order.orderId(), "the payment was declined; nothing was taken", null, currentUser.actor());
                throw new ProblemException(OrderProblem.PAYMENT_DECLINED, e.getMessage());
            } catch (PaymentUnavailable e) {
                throw unavailable(order, "authorise", e);
            }
            orders.recordAuthorisation(order.orderId(), paymentId);
        }
        String charge;
        try {
            charge = payments.capture(PaymentKeys.capture(checkoutKey, order.attempt()), paymentId);
        } catch (PaymentDeclined e) {
            release(order, paymentId);
            throw new ProblemException(OrderProblem.PAYMENT_DECLINED, e.getMessage());
        } catch (PaymentUnavailable e) {
            throw unavailable(order, "capture", e);
        }
        return orders.complete(order.orderId(), charge);
    }

    /** Cancels the order (committed first), then has the provider refund a card or SEPA payment. */
    @Transactional(Transactional.TxType.NEVER)
    public OrderViews.OrderView cancel(UUID orderId) {
        OrderService.Cancellation cancelled = orders.cancel(orderId);
        if (!cancelled.refundDue()) {
            return cancelled.order();
        }
        try {
            String refund = payments.refund(PaymentKeys.refund(orderId), cancelled.paymentId(), cancelled.totalMinor(),
                    cancelled.currency());
            return orders.recordRefund(orderId, refund, currentUser.actor());
        } catch (PaymentUnavailable | PaymentDeclined e) {
            // The cancellation stands and the order owes the refund: the recovery job (or a repeated cancellation) makes it.
            LOG.warnf("The refund of cancelled order %s did not go through (%s); it will be retried", orderId, e.getMessage());
            return cancelled.order();
        }
    }

    /** A capture refused: release the hold and give the checkout up; if even that fails, the recovery job settles it. */
    private void release(OrderService.Reservation order, String paymentId) {
        try {
            payments.cancel(PaymentKeys.cancel(order.checkoutKey(), order.attempt()), paymentId);
            orders.abandon(order.orderId(), "the provider refused to capture the payment; the hold was released", null,
                    currentUser.actor());
        } catch (PaymentUnavailable e) {
            LOG.warnf("Could not release the authorisation of %s (%s); the recovery job will", order.number(), e.getMessage());
        }
    }

    private static ProblemException unavailable(OrderService.Reservation order, String step, PaymentUnavailable e) {
        LOG.warnf("The payment provider did not answer the %s of %s: %s", step, order.number(), e.getMessage());
        return new ProblemException(OrderProblem.PAYMENT_UNAVAILABLE, "The payment provider did not answer in time. "
                + "Retry with the same Idempotency-Key: the checkout continues where it stopped and the payment is taken "
                + "at most once.");
    }
}
