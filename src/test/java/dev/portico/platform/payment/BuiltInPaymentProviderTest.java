package dev.portico.platform.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.payment.PaymentProvider.PaymentState;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The built-in provider honours idempotency keys as a real one does: a repeated call moves no money twice. */
class BuiltInPaymentProviderTest {

    final BuiltInPaymentProvider provider = new BuiltInPaymentProvider(Clock.systemUTC());
    final String card = provider.tokenizeCard(new PaymentProvider.CardDetails("4242424242424242", 12, 2099, "A")).token();

    @Test
    void aRepeatedCallWithTheSameKeyGetsTheFirstAnswer() {
        String payment = provider.authorise("a", card, 1_000, "EUR", "ORD-1");
        assertEquals(payment, provider.authorise("a", card, 1_000, "EUR", "ORD-1"));
        assertNotEquals(payment, provider.authorise("b", card, 1_000, "EUR", "ORD-1"));

        String charge = provider.capture("c", payment);
        assertEquals(charge, provider.capture("c", payment));
        assertEquals(PaymentState.CAPTURED, provider.state(payment));
        String refund = provider.refund("r", payment, 1_000, "EUR");
        assertEquals(refund, provider.refund("r", payment, 1_000, "EUR"));
        assertEquals(PaymentState.REFUNDED, provider.state(payment));
    }

    @Test
    void aDeclineIsDeclinedAgainForTheSameKeyAndNothingIsCapturedTwice() {
        String declining = provider.tokenizeCard(new PaymentProvider.CardDetails("4000000000000002", 12, 2099, "A")).token();
        assertThrows(PaymentProvider.PaymentDeclined.class, () -> provider.authorise("d", declining, 1, "EUR", "ORD-2"));
        assertThrows(PaymentProvider.PaymentDeclined.class, () -> provider.authorise("d", declining, 1, "EUR", "ORD-2"));

        String payment = provider.authorise("e", card, 1, "EUR", "ORD-3");
        provider.capture("f", payment);
        assertThrows(PaymentProvider.PaymentDeclined.class, () -> provider.capture("g", payment), "captured already");
        provider.cancel("h", provider.authorise("i", card, 1, "EUR", "ORD-4"));
    }
}
