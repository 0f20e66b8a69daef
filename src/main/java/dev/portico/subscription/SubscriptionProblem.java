package dev.portico.subscription;

import dev.portico.platform.problem.ProblemKind;

/** Problems of the subscriptions feature. */
public enum SubscriptionProblem implements ProblemKind {
    INVALID_TRANSITION("invalid-transition", 409, "Not possible in the subscription's current state"),
    NOT_MANAGEABLE("subscription-not-manageable", 409, "Only an active subscription can be managed"),
    AGREEMENT_CHANGED("agreement-changed", 409, "The agreement changed — read it again"),
    NO_AGREEMENT("no-agreement", 409, "No agreement is published for this product"),
    ACTIVATION_WINDOW_CLOSED("activation-window-closed", 409, "The activation window has closed"),
    NOT_SUBSCRIPTION_ADMIN("not-subscription-admin", 403, "Only the subscription's admin may do this");

    private final String slug;
    private final int status;
    private final String title;

    SubscriptionProblem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
