package dev.portico.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.subscription.SubscriptionLifecycle.Decision;
import dev.portico.subscription.SubscriptionLifecycle.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machine, without Quarkus. */
class SubscriptionLifecycleTest {

    static SubscriptionStatus allowed(SubscriptionStatus from, Transition transition) {
        return assertInstanceOf(Decision.Allowed.class, SubscriptionLifecycle.decide(from, transition)).next();
    }

    static Decision.Refused refused(SubscriptionStatus from, Transition transition) {
        return assertInstanceOf(Decision.Refused.class, SubscriptionLifecycle.decide(from, transition));
    }

    @Test
    void pendingSubscriptionIsActivatedOrLapses() {
        assertEquals(SubscriptionStatus.ACTIVE, allowed(SubscriptionStatus.PENDING_ACTIVATION, Transition.ACTIVATE));
        assertEquals(SubscriptionStatus.LAPSED, allowed(SubscriptionStatus.PENDING_ACTIVATION, Transition.LAPSE));
    }

    @Test
    void activeSubscriptionIsCancelledForRenewalOrRenewedInPlace() {
        assertEquals(SubscriptionStatus.NON_RENEWING, allowed(SubscriptionStatus.ACTIVE, Transition.CANCEL));
        assertEquals(SubscriptionStatus.ACTIVE, allowed(SubscriptionStatus.ACTIVE, Transition.RENEW));
    }

    @Test
    void cancelledSubscriptionEndsOrIsRestored() {
        assertEquals(SubscriptionStatus.ENDED, allowed(SubscriptionStatus.NON_RENEWING, Transition.END));
        assertEquals(SubscriptionStatus.ACTIVE, allowed(SubscriptionStatus.NON_RENEWING, Transition.UNDO_CANCELLATION));
    }

    @Test
    void refusalSaysWhyAndWhatIsPossible() {
        Decision.Refused refusal = refused(SubscriptionStatus.PENDING_ACTIVATION, Transition.CANCEL);
        assertTrue(refusal.reason().contains("not activated yet"), refusal.reason());
        assertTrue(refusal.reason().contains("activate"), refusal.reason());
        assertEquals(List.of(Transition.ACTIVATE, Transition.LAPSE), refusal.possible());
    }

    @Test
    void endedAndLapsedSubscriptionsAreFinal() {
        for (SubscriptionStatus status : List.of(SubscriptionStatus.ENDED, SubscriptionStatus.LAPSED)) {
            for (Transition transition : Transition.values()) {
                Decision.Refused refusal = refused(status, transition);
                assertTrue(refusal.possible().isEmpty());
                assertTrue(refusal.reason().contains("Nothing can change it"), refusal.reason());
            }
        }
    }

    @Test
    void activatingTwiceIsRefused() {
        refused(SubscriptionStatus.ACTIVE, Transition.ACTIVATE);
        refused(SubscriptionStatus.NON_RENEWING, Transition.CANCEL);
        refused(SubscriptionStatus.ACTIVE, Transition.UNDO_CANCELLATION);
    }

    @Test
    void onlyActiveAndNonRenewingAreManageable() {
        assertTrue(SubscriptionLifecycle.manageable(SubscriptionStatus.ACTIVE));
        assertTrue(SubscriptionLifecycle.manageable(SubscriptionStatus.NON_RENEWING));
        assertFalse(SubscriptionLifecycle.manageable(SubscriptionStatus.PENDING_ACTIVATION));
        assertFalse(SubscriptionLifecycle.manageable(SubscriptionStatus.ENDED));
        assertFalse(SubscriptionLifecycle.manageable(SubscriptionStatus.LAPSED));
    }
}
