package dev.portico.platform.webhook;

import dev.portico.platform.problem.ProblemKind;
import java.util.List;

/** Problems of webhook endpoints and deliveries. */
public final class WebhookProblem {

    public static final ProblemKind URL_NOT_ALLOWED = ProblemKind.of("webhook-url-not-allowed", 422,
            "The webhook URL is not allowed");

    public static final ProblemKind DELIVERY_IN_PROGRESS = ProblemKind.of("webhook-delivery-in-progress", 409,
            "The delivery is being sent right now");

    /** Every kind above, for the API documentation. */
    public static final List<ProblemKind> ALL = List.of(URL_NOT_ALLOWED, DELIVERY_IN_PROGRESS);

    private WebhookProblem() {
    }
}
