package dev.portico.platform.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thrown anywhere to answer the request with a problem; mapped to problem+json by {@link ProblemMappers}, which writes
 * its title, detail and field messages in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final Message detail;
    private final List<FieldMessage> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, null, Map.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<FieldError> errors, Map<String, String> headers) {
        this(kind, Message.literal(detail), errors == null ? null : errors.stream().map(FieldMessage::of).toList(),
                headers);
    }

    public ProblemException(ProblemKind kind, Message detail, List<FieldMessage> errors, Map<String, String> headers) {
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
        return badRequest(field, Message.literal(message));
    }

    /** A 400 naming the field, with a reason from the problem bundles ({@link Message#of}). */
    public static ProblemException badRequest(String field, Message reason) {
        return new ProblemException(CommonProblem.BAD_REQUEST, Message.of("detail.field", field, reason),
                List.of(new FieldMessage(field, reason)), Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(field, Message.literal(message));
    }

    /** A 422 naming the field, with a reason from the problem bundles ({@link Message#of}). */
    public static ProblemException invalid(String field, Message reason) {
        return new ProblemException(CommonProblem.VALIDATION, Message.of("detail.field", field, reason),
                List.of(new FieldMessage(field, reason)), Map.of());
    }

    public ProblemKind kind() {
        return kind;
    }

    /** The detail in English. */
    public String detail() {
        return detail.toString();
    }

    /** The field errors in English. */
    public List<FieldError> errors() {
        return errors == null ? null : errors.stream().map(e -> e.in(Locale.ENGLISH)).toList();
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem(String instance, Locale locale) {
        return new Problem(kind.type(), ProblemTexts.title(kind, locale), kind.status(), detail.in(locale), instance,
                errors == null ? null : errors.stream().map(e -> e.in(locale)).toList());
    }
}
