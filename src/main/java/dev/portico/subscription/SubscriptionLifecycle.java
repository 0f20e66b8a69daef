package dev.portico.subscription;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subscription state machine, pure and without I/O:
 * {@code PENDING_ACTIVATION → ACTIVE | LAPSED}, {@code ACTIVE → NON_RENEWING → ENDED},
 * {@code NON_RENEWING → ACTIVE} (undo), {@code ACTIVE} renewed in place. Every refusal says why and what is
 * possible instead.
 */
public final class SubscriptionLifecycle {

    /** A change of state a person or a job asks for. */
    public enum Transition {
        ACTIVATE("activate", SubscriptionStatus.ACTIVE),
        LAPSE("let lapse", SubscriptionStatus.LAPSED),
        CANCEL("cancel at the next renewal", SubscriptionStatus.NON_RENEWING),
        UNDO_CANCELLATION("undo the cancellation", SubscriptionStatus.ACTIVE),
        RENEW("renew", SubscriptionStatus.ACTIVE),
        END("end", SubscriptionStatus.ENDED);

        private final String verb;
        private final SubscriptionStatus target;

        Transition(String verb, SubscriptionStatus target) {
            this.verb = verb;
            this.target = target;
        }

        public String verb() {
            return verb;
        }

        public SubscriptionStatus target() {
            return target;
        }
    }

    private static final Map<SubscriptionStatus, Set<Transition>> ALLOWED = Map.of(
            SubscriptionStatus.PENDING_ACTIVATION, Set.of(Transition.ACTIVATE, Transition.LAPSE),
            SubscriptionStatus.ACTIVE, Set.of(Transition.CANCEL, Transition.RENEW),
            SubscriptionStatus.NON_RENEWING, Set.of(Transition.UNDO_CANCELLATION, Transition.END),
            SubscriptionStatus.ENDED, Set.of(),
            SubscriptionStatus.LAPSED, Set.of());

    private static final Map<SubscriptionStatus, String> WHY = Map.of(
            SubscriptionStatus.PENDING_ACTIVATION, "it is not activated yet",
            SubscriptionStatus.ACTIVE, "it is active",
            SubscriptionStatus.NON_RENEWING, "it is cancelled for the next renewal",
            SubscriptionStatus.ENDED, "it has ended",
            SubscriptionStatus.LAPSED, "it was not activated within the activation window and has lapsed");

    private SubscriptionLifecycle() {
    }

    /** The outcome of asking for a transition. */
    public sealed interface Decision {
        record Allowed(SubscriptionStatus next) implements Decision { }

        record Refused(String reason, List<Transition> possible) implements Decision { }
    }

    public static Decision decide(SubscriptionStatus current, Transition transition) {
        Set<Transition> allowed = ALLOWED.get(current);
        if (allowed.contains(transition)) {
            return new Decision.Allowed(transition.target());
        }
        List<Transition> possible = Arrays.stream(Transition.values()).filter(allowed::contains).toList();
        String instead = possible.isEmpty()
                ? "Nothing can change it any more."
                : "Possible now: " + String.join(", ", possible.stream().map(Transition::verb).toList()) + ".";
        return new Decision.Refused("You cannot " + transition.verb() + " this subscription because "
                + WHY.get(current) + ". " + instead, possible);
    }

    /** Whether a subscription in this state may be managed (PO number, payment method, admin, cancellation). */
    public static boolean manageable(SubscriptionStatus status) {
        return status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.NON_RENEWING;
    }
}
