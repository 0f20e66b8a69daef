package dev.portico.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as the API shows it. */
@Schema(name = "AuditEvent")
public record AuditEvent(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        UUID actorId,
        String actorName,
        UUID companyId,
        @Schema(required = true, example = "MEMBERSHIP") String resourceType,
        String resourceId,
        @Schema(required = true, example = "MEMBER_INVITED") String action,
        @Schema(required = true) String summary) {

    static AuditEvent of(AuditEventEntity e) {
        return new AuditEvent(e.id, e.occurredAt, e.actorId, e.actorName, e.companyId, e.resourceType, e.resourceId,
                e.action, e.summary);
    }
}
