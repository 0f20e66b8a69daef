package dev.portico.platform.problem;

/** Problems every endpoint can answer, independent of any feature. */
public enum CommonProblem implements ProblemKind {
    BAD_REQUEST("bad-request", 400, "The request could not be read"),
    UNAUTHORIZED("unauthorized", 401, "Sign-in required"),
    FORBIDDEN("forbidden", 403, "You are not allowed to do this"),
    INSUFFICIENT_SCOPE("insufficient-scope", 403, "The token lacks the scope this operation needs"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Response format not available"),
    CONFLICT("conflict", 409, "The resource was changed by someone else"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409, "A request with this Idempotency-Key is still running"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource has changed since you read it"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    URI_TOO_LONG("uri-too-long", 414, "The URL is too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported content type"),
    VALIDATION("validation", 422, "Some fields are not valid"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "This Idempotency-Key was used for a different request"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match header required"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    INTERNAL("internal-error", 500, "Something went wrong on our side"),
    SIGN_IN_UNAVAILABLE("sign-in-unavailable", 503, "Sign-in is unavailable for a moment"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "The portal is unavailable for a moment");

    private final String slug;
    private final int status;
    private final String title;

    CommonProblem(String slug, int status, String title) {
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
