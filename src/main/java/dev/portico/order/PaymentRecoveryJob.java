package dev.portico.order;

import dev.portico.platform.payment.PaymentProvider;
import dev.portico.platform.payment.PaymentProvider.PaymentDeclined;
import dev.portico.platform.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Settles the payments nobody finished: checkouts left RESERVED or AUTHORISED for longer than
 * {@link OrderConfig#checkoutTimeout()} (the buyer never retried, or the completion keeps failing) are given up — the
 * provider's hold released, or a capture without a completed order refunded ({@link CheckoutStage#settle}) — and
 * cancellations still owing the provider's refund get it. Each order is handled in a transaction of its own, its row
 * locked with {@code FOR UPDATE SKIP LOCKED} (a retry working on it is skipped; several app instances may run the job),
 * and every provider call is keyed as in {@link CheckoutFlow}, so a repeated run moves no money twice.
 */
@ApplicationScoped
public class PaymentRecoveryJob {

    private static final Logger LOG = Logger.getLogger(PaymentRecoveryJob.class);
    private static final CurrentUser.Actor SYSTEM = new CurrentUser.Actor(null, "Portico");
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    OrderService orders;

    @Inject
    PaymentProvider payments;

    @Inject
    OrderConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${portico.orders.recovery-interval:5m}", identity = "order-payment-recovery",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        settleUnfinishedCheckouts();
        makeOwedRefunds();
    }

    /** Gives up the checkouts unfinished for longer than the timeout; returns how many it settled. */
    public int settleUnfinishedCheckouts() {
        Instant cutoff = clock.instant().minus(config.checkoutTimeout());
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                        select o.id from CustomerOrder o where o.checkoutStage in :unfinished and o.placedAt < :cutoff
                        order by o.placedAt""", UUID.class)
                .setParameter("unfinished", List.of(CheckoutStage.RESERVED, CheckoutStage.AUTHORISED))
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList());
        int settled = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> settle(id, cutoff))) {
                    settled++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not settle the unfinished checkout of order %s (%s); next run", id, e.getMessage());
            }
        }
        return settled;
    }

    /** Makes the provider refunds that cancelled orders still owe; returns how many it made. */
    public int makeOwedRefunds() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select o.id from CustomerOrder o where o.refundDue = true order by o.cancelledAt", UUID.class)
                .setMaxResults(BATCH)
                .getResultList());
        int refunded = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> refund(id))) {
                    refunded++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not refund cancelled order %s (%s); next run", id, e.getMessage());
            }
        }
        return refunded;
    }

    private boolean settle(UUID id, Instant cutoff) {
        CustomerOrder order = claim("""
                select * from customer_order where id = :id and checkout_stage in ('RESERVED', 'AUTHORISED')
                   and placed_at < :cutoff for update skip locked""", id, cutoff);
        if (order == null) {
            return false; // finished meanwhile, or a retry is working on it
        }
        String paymentId = order.paymentReference;
        if (order.checkoutStage == CheckoutStage.RESERVED) {
            try {
                // Repeating the authorisation under its key tells its payment id if the first answer was lost; if it
                // never reached the provider, this makes one, released just below. Nothing is taken either way.
                paymentId = payments.authorise(PaymentKeys.authorise(order.checkoutKey, order.paymentAttempt),
                        order.paymentToken, order.totalMinor, order.currency, order.number);
            } catch (PaymentDeclined e) {
                orders.abandon(order.id, "it stayed unfinished and its payment was declined; nothing was taken", null, SYSTEM);
                return true;
            }
        }
        switch (CheckoutStage.settle(payments.state(paymentId))) {
            case CANCEL_AUTHORISATION -> {
                payments.cancel(PaymentKeys.cancel(order.checkoutKey, order.paymentAttempt), paymentId);
                orders.abandon(order.id, "it stayed unfinished; the hold on " + order.paymentDisplay
                        + " was released and nothing was taken", null, SYSTEM);
            }
            case REFUND -> {
                String refund = payments.refund(PaymentKeys.refund(order.id), paymentId, order.totalMinor, order.currency);
                orders.abandon(order.id, "it was paid but could not be completed; the amount was refunded to "
                        + order.paymentDisplay + " (refund " + refund + ")", refund, SYSTEM);
            }
            case NOTHING -> orders.abandon(order.id, "it stayed unfinished; nothing is held or taken", null, SYSTEM);
        }
        return true;
    }

    private boolean refund(UUID id) {
        CustomerOrder order = claim("select * from customer_order where id = :id and refund_due for update skip locked",
                id, null);
        if (order == null) {
            return false;
        }
        String refund = payments.refund(PaymentKeys.refund(order.id), order.paymentReference, order.totalMinor,
                order.currency);
        orders.recordRefund(order.id, refund, SYSTEM);
        return true;
    }

    private CustomerOrder claim(String sql, UUID id, Instant cutoff) {
        var query = em.createNativeQuery(sql, CustomerOrder.class).setParameter("id", id);
        if (cutoff != null) {
            query.setParameter("cutoff", cutoff);
        }
        @SuppressWarnings("unchecked")
        List<CustomerOrder> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
