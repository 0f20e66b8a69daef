package dev.portico.seat;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import dev.portico.contract.Examples;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A subscription's license seats (its admin or a company admin). */
@Path("/v1/subscriptions/{id}/seats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seats")
@RolesAllowed(Roles.CUSTOMER)
public class SeatResource {

    @Inject
    SeatService seats;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.SEATS_READ)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getSeatOverview", summary = "The subscription's seats with today's usage (quantity, used, free, next free date)")
    public SeatViews.SeatOverview list(@PathParam("id") UUID id) {
        return seats.overview(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "assignSeat", summary = "Give someone a seat by email for a period; 409 /problems/no-free-seat names the full days",
            extensions = @Extension(name = "x-problems", value = "no-free-seat,seat-overlap,seats-not-manageable"))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = SeatViews.SeatView.class),
                    examples = @ExampleObject(name = "invited", value = Examples.SEAT)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "no free seat", value = Examples.NO_FREE_SEAT)))
    public Response assign(@PathParam("id") UUID id, @RequestBody(content = @Content(examples = @ExampleObject(
            name = "half a year", value = Examples.SEAT_ASSIGNMENT))) @NotNull @Valid SeatViews.SeatAssignment request,
            @Context UriInfo uri) {
        SeatViews.SeatView seat = seats.assign(id, request);
        return Response.created(uri.getBaseUriBuilder().path("v1/seats").path(seat.id().toString()).build())
                .entity(seat).build();
    }
}
