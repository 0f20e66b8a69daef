package dev.portico.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.order.CheckoutStage.Settlement;
import dev.portico.platform.payment.PaymentProvider.PaymentState;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payment flow's pure rules: how an unfinished checkout is settled, and the keys its provider calls carry. */
class CheckoutStageTest {

    @Test
    void aHoldIsReleasedAndACaptureWithoutACompletedOrderIsRefunded() {
        assertEquals(Settlement.CANCEL_AUTHORISATION, CheckoutStage.settle(PaymentState.AUTHORISED));
        assertEquals(Settlement.REFUND, CheckoutStage.settle(PaymentState.CAPTURED));
        assertEquals(Settlement.NOTHING, CheckoutStage.settle(PaymentState.CANCELLED));
        assertEquals(Settlement.NOTHING, CheckoutStage.settle(PaymentState.REFUNDED));
    }

    @Test
    void onlyReservedAndAuthorisedCheckoutsAreUnfinished() {
        assertTrue(CheckoutStage.RESERVED.unfinished());
        assertTrue(CheckoutStage.AUTHORISED.unfinished());
        assertFalse(CheckoutStage.COMPLETED.unfinished());
        assertFalse(CheckoutStage.ABANDONED.unfinished());
    }

    @Test
    void theSameCheckoutAlwaysGetsTheSameKeysAndAnotherCallerOrCompanyOthers() {
        UUID company = UUID.randomUUID();
        UUID buyer = UUID.randomUUID();
        String key = PaymentKeys.checkout(company, buyer, "client-key-1");
        assertEquals(key, PaymentKeys.checkout(company, buyer, "client-key-1"));
        assertNotEquals(key, PaymentKeys.checkout(company, UUID.randomUUID(), "client-key-1"));
        assertNotEquals(key, PaymentKeys.checkout(UUID.randomUUID(), buyer, "client-key-1"));
        assertNotEquals(key, PaymentKeys.checkout(company, buyer, "client-key-2"));
        assertFalse(key.contains("client-key-1"), "the client's key is not handed to the provider");
        assertTrue(key.length() <= 64);
    }

    @Test
    void everyStepAndAttemptHasAKeyOfItsOwn() {
        String key = PaymentKeys.checkout(UUID.randomUUID(), UUID.randomUUID(), "k");
        assertNotEquals(PaymentKeys.authorise(key, 1), PaymentKeys.capture(key, 1));
        assertNotEquals(PaymentKeys.capture(key, 1), PaymentKeys.cancel(key, 1));
        assertNotEquals(PaymentKeys.authorise(key, 1), PaymentKeys.authorise(key, 2));
        UUID order = UUID.randomUUID();
        assertEquals(PaymentKeys.refund(order), PaymentKeys.refund(order));
    }
}
