package dev.portico.platform.payment;

import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The payment provider in tests. It mocks something outside the system — the external provider (Stripe, Adyen, a
 * bank) that Portico calls over the network — and keeps a ledger of every payment it authorised, captured, cancelled
 * and refunded, answering a repeated idempotency key with the first outcome as a real provider does. Tests script its
 * failures one call at a time: a step declines, is unavailable before it acts, or acts and its answer is lost; or a
 * step waits at a gate until the test opens it. Card numbers and IBANs go through the built-in provider's checks, so
 * every other test sees the usual behaviour (including the declining test card).
 */
@Mock
@Singleton
public class ScriptedPaymentProvider implements PaymentProvider {

    /** The calls that move money. */
    public enum Step { AUTHORISE, CAPTURE, CANCEL, REFUND }

    /** What a scripted call does instead of answering normally. */
    public enum Fault {
        /** Refuses, and refuses every repeat of the same key. */
        DECLINE,
        /** Does nothing and does not answer: the caller cannot know. */
        UNAVAILABLE,
        /** Acts, but the answer never reaches the caller. */
        LOST_ANSWER
    }

    /** One payment as the provider sees it. */
    public static final class Payment {
        public final String id;
        public final String reference;
        public final long amountMinor;
        public volatile PaymentState state = PaymentState.AUTHORISED;
        public volatile int captures;
        public volatile int refunds;

        Payment(String id, String reference, long amountMinor) {
            this.id = id;
            this.reference = reference;
            this.amountMinor = amountMinor;
        }
    }

    /** A step held until the test opens it; only the first call after {@link #gate} waits. */
    public static final class Gate {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        public void awaitEntered() throws InterruptedException {
            if (!entered.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("nobody reached the gate");
            }
        }

        public void open() {
            open.countDown();
        }
    }

    private final BuiltInPaymentProvider checks = new BuiltInPaymentProvider(Clock.systemUTC());
    private final Map<String, Payment> payments = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<Step, Queue<Fault>> faults = new EnumMap<>(Step.class);
    private final Map<Step, Gate> gates = new EnumMap<>(Step.class);

    /** Forgets every payment, fault and gate (each test starts with a provider of its own). */
    public synchronized void reset() {
        payments.clear();
        outcomes.clear();
        faults.clear();
        gates.values().forEach(Gate::open);
        gates.clear();
    }

    /** The next call of {@code step} fails so. */
    public synchronized void failNext(Step step, Fault fault) {
        faults.computeIfAbsent(step, s -> new ArrayDeque<>()).add(fault);
    }

    /** The next call of {@code step} waits until the gate is opened. */
    public synchronized Gate gate(Step step) {
        Gate gate = new Gate();
        gates.put(step, gate);
        return gate;
    }

    /** The payments made for these references (order numbers), as the provider's ledger has them. */
    public synchronized List<Payment> paymentsFor(Collection<String> references) {
        return payments.values().stream().filter(p -> references.contains(p.reference)).toList();
    }

    public synchronized List<Payment> payments() {
        return new ArrayList<>(payments.values());
    }

    @Override
    public StoredMethod tokenizeCard(CardDetails card) {
        return checks.tokenizeCard(card);
    }

    @Override
    public StoredMethod createSepaMandate(String iban, String accountHolder) {
        return checks.createSepaMandate(iban, accountHolder);
    }

    @Override
    public String authorise(String idempotencyKey, String token, long amountMinor, String currency, String reference) {
        return call(Step.AUTHORISE, idempotencyKey, () -> {
            if (token.startsWith("card_declining_")) {
                throw new PaymentDeclined("The card issuer declined the payment.");
            }
            Payment payment = new Payment("pay_" + UUID.randomUUID(), reference, amountMinor);
            payments.put(payment.id, payment);
            return payment.id;
        });
    }

    @Override
    public String capture(String idempotencyKey, String paymentId) {
        return call(Step.CAPTURE, idempotencyKey, () -> {
            Payment payment = move(paymentId, PaymentState.AUTHORISED, PaymentState.CAPTURED);
            payment.captures++;
            return "ch_" + UUID.randomUUID();
        });
    }

    @Override
    public void cancel(String idempotencyKey, String paymentId) {
        call(Step.CANCEL, idempotencyKey, () -> move(paymentId, PaymentState.AUTHORISED, PaymentState.CANCELLED).id);
    }

    @Override
    public String refund(String idempotencyKey, String paymentId, long amountMinor, String currency) {
        return call(Step.REFUND, idempotencyKey, () -> {
            Payment payment = move(paymentId, PaymentState.CAPTURED, PaymentState.REFUNDED);
            payment.refunds++;
            return "re_" + UUID.randomUUID();
        });
    }

    @Override
    public synchronized PaymentState state(String paymentId) {
        Payment payment = payments.get(paymentId);
        if (payment == null) {
            throw new PaymentUnavailable("unknown payment " + paymentId);
        }
        return payment.state;
    }

    private String call(Step step, String idempotencyKey, Supplier<String> action) {
        Gate gate;
        synchronized (this) {
            gate = gates.remove(step);
        }
        if (gate != null) {
            gate.entered.countDown();
            try {
                gate.open.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            Queue<Fault> queued = faults.get(step);
            Fault fault = queued == null ? null : queued.poll();
            if (fault == Fault.UNAVAILABLE) {
                throw new PaymentUnavailable("scripted: the provider did not answer the " + step);
            }
            Outcome outcome = outcomes.get(idempotencyKey);
            if (outcome == null) {
                if (fault == Fault.DECLINE) {
                    outcome = new Outcome(null, "scripted: the provider refused the " + step);
                } else {
                    try {
                        outcome = new Outcome(action.get(), null);
                    } catch (PaymentDeclined e) {
                        outcome = new Outcome(null, e.getMessage());
                    }
                }
                outcomes.put(idempotencyKey, outcome);
            }
            if (fault == Fault.LOST_ANSWER) {
                throw new PaymentUnavailable("scripted: the answer to the " + step + " was lost");
            }
            return outcome.replay();
        }
    }

    private Payment move(String paymentId, PaymentState from, PaymentState to) {
        Payment payment = payments.get(paymentId);
        if (payment == null || payment.state != from) {
            throw new PaymentDeclined("payment " + paymentId + " is " + (payment == null ? "unknown" : payment.state));
        }
        payment.state = to;
        return payment;
    }

    private record Outcome(String result, String declined) {

        String replay() {
            if (declined != null) {
                throw new PaymentDeclined(declined);
            }
            return result;
        }
    }
}
