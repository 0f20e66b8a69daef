package dev.portico.seat;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One seat: its period and its revocation (the subscription's admin or a company admin). */
@Path("/v1/seats/{seatId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seats")
@RolesAllowed(Roles.CUSTOMER)
public class SeatItemResource {

    @Inject
    SeatService seats;

    @PUT
    @Path("/period")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "changeSeatPeriod", summary = "Change a seat's period (validUntil null = open-ended)",
            extensions = @Extension(name = "x-problems", value = "no-free-seat,seat-overlap,seat-closed,seats-not-manageable"))
    public SeatViews.SeatView changePeriod(@PathParam("seatId") UUID seatId, @NotNull @Valid SeatViews.SeatPeriod request) {
        return seats.changePeriod(seatId, request);
    }

    @POST
    @Path("/revocation")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "revokeSeat", summary = "Revoke a seat: access ends now and the seat is free again",
            extensions = @Extension(name = "x-problems", value = "seat-closed,seats-not-manageable"))
    public SeatViews.SeatView revoke(@PathParam("seatId") UUID seatId) {
        return seats.revoke(seatId);
    }
}
