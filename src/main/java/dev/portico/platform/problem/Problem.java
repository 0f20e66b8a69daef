package dev.portico.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is a stable URI under /problems/ "
        + "(`x-problem-types` gives each one's status and English title): branch on it, not on the text. `title`, "
        + "`detail` and the field messages are written in the caller's language (`Content-Language`).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, example = "/problems/last-admin") String type,
        @Schema(required = true, maxLength = 200, description = "The kind of problem, for people") String title,
        @Schema(required = true, minimum = "400", maximum = "599") int status,
        @Schema(maxLength = 5000, description = "What happened and what to do, for people") String detail,
        @Schema(maxLength = 8192, description = "The request path") String instance,
        @Schema(maxItems = 1000, description = "The invalid fields (422)") List<FieldError> errors,
        @Schema(format = "uuid", description = "Quote it to support: the server log has the details (500)") String errorId,
        @Schema(maxLength = 64, pattern = "^[A-Za-z0-9._-]{1,64}$", description = "The request's id (also in the "
                + "`X-Request-Id` header, yours if you sent a plausible one): quote it to support, it is in every log "
                + "line of the request") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, null);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
            String errorId) {
        this(type, title, status, detail, instance, errors, errorId, null);
    }

    /** This problem, told with the request's id. */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, errors, errorId, id);
    }
}
