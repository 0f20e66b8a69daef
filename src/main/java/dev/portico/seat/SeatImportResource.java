package dev.portico.seat;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk assignment of a subscription's seats from a CSV file. */
@Path("/v1/subscriptions/{id}/seat-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seats")
@RolesAllowed(Roles.CUSTOMER)
public class SeatImportResource {

    @Inject
    SeatService seats;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "importSeats", summary = "Assign seats from a CSV file (header email,validFrom,validUntil; at most 500 rows), "
            + "reporting each row's outcome. ALL_OR_NOTHING (default) writes nothing when a row fails (422 listing "
            + "the rows); BEST_EFFORT writes the good rows.")
    public SeatImport.Result importCsv(@PathParam("id") UUID id, @jakarta.validation.constraints.Size(max = SeatImport.MAX_CSV_CHARS) String csv,
            @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") SeatImport.Mode mode) {
        return seats.importCsv(id, csv, mode);
    }
}
