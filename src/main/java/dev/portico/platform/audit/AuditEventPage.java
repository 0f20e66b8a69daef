package dev.portico.platform.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of audit events. */
@Schema(name = "AuditEventPage")
public record AuditEventPage(@Schema(required = true) List<AuditEvent> items, String next) {
}
