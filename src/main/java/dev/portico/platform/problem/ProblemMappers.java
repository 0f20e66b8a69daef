package dev.portico.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.portico.platform.input.InvalidText;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into an {@code application/problem+json} response.
 * Messages are written for people; exception messages, class names, stack traces and SQL never reach the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)), e.headers());
    }

    @ServerExceptionMapper
    public Response invalidParameter(dev.portico.platform.input.InvalidParameter e, UriInfo uri) {
        return problem(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(problem(CommonProblem.VALIDATION, detail, uri, errors), Map.of());
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, InvalidText.class})
    public Response jsonValue(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidText text && !text.getPath().isEmpty()) {
            String field = jsonPath(text);
            return respond(problem(CommonProblem.VALIDATION, field + " " + text.reason(), uri,
                    List.of(new FieldError(field, text.reason()))), Map.of());
        }
        if (e instanceof InvalidTypeIdException typeId) {
            String field = jsonPath(typeId) + (typeId.getPath().isEmpty() ? "" : ".") + "method";
            return respond(problem(CommonProblem.VALIDATION, field + " is missing or not a known kind", uri,
                    List.of(new FieldError(field, "is missing or not a known kind"))), Map.of());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return respond(problem(CommonProblem.VALIDATION, field + " is not a known field", uri,
                    List.of(new FieldError(field, "is not a known field"))), Map.of());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = jsonPath(invalid);
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            String message = "must be one of " + allowed;
            return respond(problem(CommonProblem.VALIDATION, field + " " + message, uri,
                    List.of(new FieldError(field, message))), Map.of());
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = jsonPath(mismatched);
            String message = expected(mismatched.getTargetType());
            return respond(problem(CommonProblem.VALIDATION, field + " " + message, uri,
                    List.of(new FieldError(field, message))), Map.of());
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        String duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? ": a field appears twice" : "";
        return respond(problem(CommonProblem.BAD_REQUEST, "The request body is not valid JSON" + duplicate + where
                + ".", uri, null), Map.of());
    }

    @ServerExceptionMapper
    public Response invalidPayment(dev.portico.platform.payment.PaymentProvider.InvalidPaymentDetails e, UriInfo uri) {
        return respond(problem(CommonProblem.VALIDATION, e.field() + " " + e.getMessage(), uri,
                List.of(new FieldError(e.field(), e.getMessage()))), Map.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(problem(CommonProblem.UNAUTHORIZED,
                "Send a valid access token in the Authorization header (Bearer).", uri, null),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(CommonProblem.FORBIDDEN,
                "Your account does not have a role that allows this.", uri, null), Map.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(problem(CommonProblem.PRECONDITION_FAILED,
                "Someone changed this resource at the same time. Reload it and try again.", uri, null), Map.of());
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
        String detail = switch (kind) {
            case NOT_FOUND -> "There is nothing at " + path(uri) + ".";
            case METHOD_NOT_ALLOWED -> "This resource does not support that HTTP method.";
            case NOT_ACCEPTABLE -> "This resource answers with application/json; adjust the Accept header.";
            case UNSUPPORTED_MEDIA_TYPE -> "This operation does not take a body of this content type; the contract "
                    + "(openapi/openapi.yaml) names the ones it takes (application/json for most).";
            case PAYLOAD_TOO_LARGE -> "Send a smaller request body.";
            case UNAUTHORIZED -> "Send a valid access token in the Authorization header (Bearer).";
            case FORBIDDEN -> "Your account does not have a role that allows this.";
            default -> "Check the path, query parameters and body of the request.";
        };
        Map<String, String> headers = status == 405 && e.getResponse().getHeaderString("Allow") != null
                ? Map.of("Allow", e.getResponse().getHeaderString("Allow"))
                : Map.of();
        return respond(problem(kind, detail, uri, null), headers);
    }

    /** A multipart body that ends early or is not multipart at all: the client's doing, not ours. */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        boolean multipart = java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().contains("MultiPart"));
        if (!multipart) {
            return unexpected(e, uri);
        }
        return respond(problem(CommonProblem.BAD_REQUEST, "The multipart body could not be read: send one complete "
                + "part named 'file' (multipart/form-data).", uri, null), Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        CommonProblem kind = CommonProblem.INTERNAL;
        return respond(new Problem(kind.type(), kind.title(), kind.status(),
                "Please try again later. If it keeps happening, quote error id " + errorId + ".", path(uri), null,
                errorId), Map.of());
    }

    /** What a field of the given Java type must look like, said for people. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == java.util.UUID.class) {
            return "must be an id (a UUID)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date like 2026-12-31";
        }
        if (type == java.time.Instant.class) {
            return "must be an instant like 2026-12-31T23:59:59Z";
        }
        return type.isEnum() || type.isPrimitive() || Number.class.isAssignableFrom(type)
                ? "has the wrong type or format" : "must be an object";
    }

    private static Problem problem(ProblemKind kind, String detail, UriInfo uri, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, path(uri), errors);
    }

    static Response respond(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
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
