package dev.portico.seat;

import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The licenses of the signed-in person ("My licenses"). */
@Path("/v1/me/licenses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seats")
@RolesAllowed(Roles.CUSTOMER)
public class MyLicensesResource {

    @Inject
    EntitlementService entitlements;

    @GET
    @Operation(operationId = "listMyLicenses", summary = "My licenses: product, subscription number, period, company")
    public List<SeatViews.LicenseView> myLicenses() {
        return entitlements.myLicenses();
    }

}
