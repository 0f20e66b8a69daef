package dev.portico.order;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One-time purchases of a company with their license keys. */
@Path("/v1/license-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@RolesAllowed(Roles.CUSTOMER)
public class LicenseKeyResource {

    @Inject
    OrderService orders;

    @GET
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listLicenseKeys", summary = "The one-time licenses the company bought, newest first, with their keys (company admins)")
    public OrderViews.LicenseKeyPage list(@QueryParam("companyId") @NotNull @Parameter(required = true) UUID companyId,
            @Valid @BeanParam PageRequest page) {
        return orders.licenseKeys(companyId, page);
    }
}
