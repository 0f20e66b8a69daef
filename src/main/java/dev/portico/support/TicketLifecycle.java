package dev.portico.support;

import java.util.Optional;

/**
 * The ticket's state rules, pure. A public reply hands the ticket to the other side; a customer reply to a resolved
 * or closed ticket reopens it (waiting for support); an internal note changes nothing; anyone on the ticket may close
 * it and reopen it at any time; only support resolves.
 */
public final class TicketLifecycle {

    private TicketLifecycle() {
    }

    /** What a public reply does to the state. */
    public static TicketState afterPublicReply(TicketState current, boolean fromAgent) {
        return fromAgent ? TicketState.WAITING_FOR_CUSTOMER : TicketState.WAITING_FOR_SUPPORT;
    }

    /** Whether a customer reply brings the ticket back from resolved or closed (audited as a reopening). */
    public static boolean replyReopens(TicketState current, boolean fromAgent) {
        return !fromAgent && (current == TicketState.RESOLVED || current == TicketState.CLOSED);
    }

    /** Why a ticket cannot be resolved now, if it cannot. */
    public static Optional<String> resolveRefusal(TicketState current, boolean byAgent) {
        if (!byAgent) {
            return Optional.of("Only support resolves a ticket; close it if it is done for you.");
        }
        return current == TicketState.RESOLVED || current == TicketState.CLOSED
                ? Optional.of("The ticket is " + current + " already.") : Optional.empty();
    }

    public static Optional<String> closeRefusal(TicketState current) {
        return current == TicketState.CLOSED ? Optional.of("The ticket is closed already.") : Optional.empty();
    }

    public static Optional<String> reopenRefusal(TicketState current) {
        return current == TicketState.RESOLVED || current == TicketState.CLOSED ? Optional.empty()
                : Optional.of("Only a resolved or closed ticket can be reopened; this one is " + current + ".");
    }
}
