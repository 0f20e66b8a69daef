package dev.portico.platform.audit;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's audit trail, for its admins. */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Roles.CUSTOMER)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    CompanyAccess access;

    @GET
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "List a company's audit events, newest first (company admins only)")
    public AuditEventPage list(
            @QueryParam("companyId") @NotNull @Parameter(required = true) UUID companyId,
            @QueryParam("action") @Size(max = 64) String action,
            @QueryParam("resourceType") @Size(max = 64) String resourceType,
            @QueryParam("from") @Parameter(description = "Inclusive lower bound (ISO-8601 instant)") Instant from,
            @QueryParam("to") @Parameter(description = "Exclusive upper bound (ISO-8601 instant)") Instant to,
            @Valid @BeanParam PageRequest page) {
        access.requireAdmin(companyId);
        var slice = trail.list(companyId, new AuditTrail.AuditFilter(action, resourceType, from, to), page)
                .map(AuditEvent::of);
        return new AuditEventPage(slice.items(), slice.next());
    }
}
