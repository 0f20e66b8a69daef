package dev.portico.platform.problem;

import java.util.List;
import java.util.Map;

/** Thrown anywhere to answer the request with a problem; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, null, Map.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(kind.slug() + ": " + detail, null, false, false);
        this.kind = kind;
        this.detail = detail;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(CommonProblem.NOT_FOUND, what + " does not exist or you have no access to it.");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(CommonProblem.FORBIDDEN, detail);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(CommonProblem.BAD_REQUEST, field + " " + message,
                List.of(new FieldError(field, message)), Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(CommonProblem.VALIDATION, field + " " + message,
                List.of(new FieldError(field, message)), Map.of());
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem(String instance) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, errors);
    }
}
