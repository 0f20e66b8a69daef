package dev.portico.subscription;

import dev.portico.platform.problem.ProblemKind;
import java.util.List;

/** Problems of the subscriptions feature. */
public final class SubscriptionProblem {

    public static final ProblemKind INVALID_TRANSITION = ProblemKind.of("invalid-transition", 409, "Not possible in the subscription's current state");

    public static final ProblemKind NOT_MANAGEABLE = ProblemKind.of("subscription-not-manageable", 409, "Only an active subscription can be managed");

    public static final ProblemKind AGREEMENT_CHANGED = ProblemKind.of("agreement-changed", 409, "The agreement changed — read it again");

    public static final ProblemKind NO_AGREEMENT = ProblemKind.of("no-agreement", 409, "No agreement is published for this product");

    public static final ProblemKind ACTIVATION_WINDOW_CLOSED = ProblemKind.of("activation-window-closed", 409, "The activation window has closed");

    public static final ProblemKind NOT_SUBSCRIPTION_ADMIN = ProblemKind.of("not-subscription-admin", 403, "Only the subscription's admin may do this");

    public static final ProblemKind INVITING_NEEDS_COMPANY_ADMIN = ProblemKind.of("admin-transfer-needs-company-admin", 403,
            "Only a company admin may hand the admin right to someone outside the company");

    /** Every kind above, for the API documentation. */
    public static final List<ProblemKind> ALL = List.of(INVALID_TRANSITION, NOT_MANAGEABLE, AGREEMENT_CHANGED, NO_AGREEMENT, ACTIVATION_WINDOW_CLOSED, NOT_SUBSCRIPTION_ADMIN,
            INVITING_NEEDS_COMPANY_ADMIN);

    private SubscriptionProblem() {
    }
}
