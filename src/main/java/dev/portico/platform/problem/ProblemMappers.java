package dev.portico.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.portico.platform.http.RequestIds;
import dev.portico.platform.i18n.CallerLanguage;
import dev.portico.platform.input.InvalidText;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into an {@code application/problem+json} response.
 * Messages are written for people, in the caller's language ({@link CallerLanguage}, said in {@code Content-Language});
 * {@code type} and field paths stay as they are for programs. Exception messages, class names, stack traces and SQL
 * never reach the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    CallerLanguage language;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Locale locale = locale();
        return respond(e.toProblem(path(uri), locale), e.headers(), locale);
    }

    @ServerExceptionMapper
    public Response invalidParameter(dev.portico.platform.input.InvalidParameter e, UriInfo uri) {
        return problem(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        // Hibernate Validator wrote the messages in the caller's language already (ValidationLocale)
        List<FieldMessage> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldMessage(fieldName(v), Message.literal(v.getMessage())))
                .sorted(Comparator.comparing(FieldMessage::field))
                .toList();
        Locale locale = locale();
        String detail = errors.stream().map(f -> Message.of("detail.field", f.field(), f.message()).in(locale))
                .collect(Collectors.joining("; "));
        return respond(CommonProblem.VALIDATION, Message.literal(detail), uri, errors, Map.of());
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, InvalidText.class})
    public Response jsonValue(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidText text && !text.getPath().isEmpty()) {
            return invalidField(jsonPath(text), text.reason(), uri);
        }
        if (e instanceof InvalidTypeIdException typeId) {
            String field = jsonPath(typeId) + (typeId.getPath().isEmpty() ? "" : ".") + "method";
            return invalidField(field, Message.of("field.unknown-kind"), uri);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalidField(jsonPath(unknown), Message.of("field.unknown"), uri);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return invalidField(jsonPath(invalid), Message.of("field.one-of", allowed), uri);
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return invalidField(jsonPath(mismatched), expected(mismatched.getTargetType()), uri);
        }
        String key = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? "detail.json.duplicate" : "detail.json";
        Message detail = e.getLocation() == null ? Message.of(key) : Message.of(key + ".at",
                String.valueOf(e.getLocation().getLineNr()), String.valueOf(e.getLocation().getColumnNr()));
        return respond(CommonProblem.BAD_REQUEST, detail, uri, null, Map.of());
    }

    @ServerExceptionMapper
    public Response invalidPayment(dev.portico.platform.payment.PaymentProvider.InvalidPaymentDetails e, UriInfo uri) {
        return invalidField(e.field(), e.reason(), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(CommonProblem.UNAUTHORIZED, Message.of("detail.unauthorized"), uri, null,
                Map.of("WWW-Authenticate", "Bearer"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(CommonProblem.FORBIDDEN, Message.of("detail.forbidden"), uri, null, Map.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(CommonProblem.PRECONDITION_FAILED, Message.of("detail.concurrent-change"), uri, null, Map.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) { // the body reader wraps what Jackson refused
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        CommonProblem kind = switch (status) {
            case 401 -> CommonProblem.UNAUTHORIZED;
            case 403 -> CommonProblem.FORBIDDEN;
            case 404 -> CommonProblem.NOT_FOUND;
            case 405 -> CommonProblem.METHOD_NOT_ALLOWED;
            case 406 -> CommonProblem.NOT_ACCEPTABLE;
            case 413 -> CommonProblem.PAYLOAD_TOO_LARGE;
            case 415 -> CommonProblem.UNSUPPORTED_MEDIA_TYPE;
            default -> CommonProblem.BAD_REQUEST;
        };
        Message detail = switch (kind) {
            case NOT_FOUND -> Message.of("detail.not-found", path(uri));
            case METHOD_NOT_ALLOWED -> Message.of("detail.method-not-allowed");
            case NOT_ACCEPTABLE -> Message.of("detail.not-acceptable");
            case UNSUPPORTED_MEDIA_TYPE -> Message.of("detail.unsupported-media-type");
            case PAYLOAD_TOO_LARGE -> Message.of("detail.payload-too-large");
            case UNAUTHORIZED -> Message.of("detail.unauthorized");
            case FORBIDDEN -> Message.of("detail.forbidden");
            default -> Message.of("detail.bad-request");
        };
        Map<String, String> headers = status == 405 && e.getResponse().getHeaderString("Allow") != null
                ? Map.of("Allow", e.getResponse().getHeaderString("Allow"))
                : Map.of();
        return respond(kind, detail, uri, null, headers);
    }

    /** A multipart body that ends early or is not multipart at all: the client's doing, not ours. */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        boolean multipart = java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().contains("MultiPart"));
        if (!multipart) {
            return unexpected(e, uri);
        }
        return respond(CommonProblem.BAD_REQUEST, Message.of("detail.multipart"), uri, null, Map.of());
    }

    /** Keycloak cannot be reached (its keys or its configuration are needed to check the token): try again soon. */
    @ServerExceptionMapper
    public Response signInUnavailable(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warnf("Tokens cannot be checked, Keycloak is not reachable: %s", e.getMessage());
        return respond(CommonProblem.SIGN_IN_UNAVAILABLE, Message.of("detail.sign-in-unavailable"), uri, null,
                Map.of("Retry-After", String.valueOf(SIGN_IN_RETRY_AFTER_SECONDS)));
    }

    /** How long a caller waits before trying again when the database cannot be reached (a restart, a failover). */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /**
     * The database cannot be reached: no connection (SQL state class 08), shut down or starting (57P01–57P03), or
     * none to be had from the pool in time. The transaction was rolled back; nothing was written.
     */
    public static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** How long a caller waits before trying again when Keycloak cannot be reached. */
    static final int SIGN_IN_RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("The database is not reachable on %s: %s", path(uri), e.toString());
            return respond(CommonProblem.SERVICE_UNAVAILABLE, Message.of("detail.service-unavailable"), uri, null,
                    Map.of("Retry-After", String.valueOf(DATABASE_RETRY_AFTER_SECONDS)));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        CommonProblem kind = CommonProblem.INTERNAL;
        Locale locale = locale();
        return respond(new Problem(kind.type(), ProblemTexts.title(kind, locale), kind.status(),
                Message.of("detail.internal", errorId).in(locale), path(uri), null, errorId), Map.of(), locale);
    }

    /** What a field of the given Java type must look like, said for people. */
    private static Message expected(Class<?> type) {
        if (type == null) {
            return Message.of("field.wrong-type");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Message.of("field.whole-number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Message.of("field.boolean");
        }
        if (type == String.class) {
            return Message.of("field.text");
        }
        if (type == java.util.UUID.class) {
            return Message.of("field.uuid");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Message.of("field.list");
        }
        if (type == java.time.LocalDate.class) {
            return Message.of("field.date");
        }
        if (type == java.time.Instant.class) {
            return Message.of("field.instant");
        }
        return type.isEnum() || type.isPrimitive() || Number.class.isAssignableFrom(type)
                ? Message.of("field.wrong-type") : Message.of("field.object");
    }

    /** A 422 on one field. */
    private Response invalidField(String field, Message reason, UriInfo uri) {
        return respond(CommonProblem.VALIDATION, Message.of("detail.field", field, reason), uri,
                List.of(new FieldMessage(field, reason)), Map.of());
    }

    private Response respond(ProblemKind kind, Message detail, UriInfo uri, List<FieldMessage> errors,
            Map<String, String> headers) {
        return problem(new ProblemException(kind, detail, errors, headers), uri);
    }

    /** The caller's language; English if even that cannot be found (it never fails the answer). */
    private Locale locale() {
        try {
            return language.locale();
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }

    static Response respond(Problem problem, Map<String, String> headers, Locale locale) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header("Content-Language", locale.toLanguageTag())
                .entity(problem.requestId() == null ? problem.withRequestId(RequestIds.current()) : problem);
        headers.forEach(builder::header);
        return builder.build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * "invite.request.email" -> "email"; "list.limit" -> "limit": people care about the field, not the method; and
     * "cc[0].&lt;list element&gt;" -> "cc[0]": the element, not Hibernate Validator's name for it.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
