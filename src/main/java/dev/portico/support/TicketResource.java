package dev.portico.support;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tickets for customers (their company's) and support agents (all): open, read, reply, CCs, close, reopen. */
@Path("/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT})
public class TicketResource {

    @Inject
    TicketService tickets;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE})
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "listTickets", summary = "The company's tickets, most recently changed first (every member sees them; back "
            + "office any company's)")
    public TicketViews.Page list(@QueryParam("companyId") @NotNull @Parameter(required = true) UUID companyId,
            @QueryParam("state") @jakarta.validation.constraints.Size(max = 10) List<TicketState> state, @QueryParam("contractId") UUID contractId,
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 100) @Parameter(description = "Text in the number or title") String q,
            @Valid @BeanParam PageRequest page) {
        return tickets.list(companyId, state, contractId, q, page);
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "openTicket", summary = "Open a ticket on a contract line, with attachments uploaded before and CC addresses; "
            + "mails the reporter and the CCs",
            extensions = @Extension(name = "x-problems", value = "contract-not-active"))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = TicketViews.TicketView.class)))
    public Response open(@NotNull @Valid TicketViews.TicketCreate request, @Context UriInfo uri) {
        TicketViews.TicketView created = tickets.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "getTicket", summary = "One ticket with its thread, newest first (internal notes, priority and "
            + "assignee for agents only); carries an ETag")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = TicketViews.TicketView.class)))
    public Response get(@PathParam("id") UUID id) {
        return respond(tickets.get(id));
    }

    @PUT
    @Path("/{id}/triage")
    @RolesAllowed(Roles.SUPPORT_AGENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "triageTicket", summary = "Set the ticket's priority and assign it to a support agent, or to no one "
            + "(agents; If-Match required); audited")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = TicketViews.TicketView.class)))
    public Response triage(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TicketViews.Triage request) {
        return respond(tickets.triage(id, request, ifMatch));
    }

    private static Response respond(TicketService.Versioned versioned) {
        return Response.ok(versioned.ticket()).tag(dev.portico.platform.http.EntityTags.of(versioned.version())).build();
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "replyToTicket", summary = "Reply (mails the reporter and CCs), or add an internal note (agents; mails no one). "
            + "A customer reply reopens a resolved or closed ticket")
    public TicketViews.TicketView reply(@PathParam("id") UUID id, @NotNull @Valid TicketViews.Reply request) {
        return tickets.reply(id, request);
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed(Roles.SUPPORT_AGENT)
    @Operation(operationId = "resolveTicket", summary = "Mark the ticket resolved (agents)",
            extensions = @Extension(name = "x-problems", value = "ticket-transition"))
    public TicketViews.TicketView resolve(@PathParam("id") UUID id) {
        return tickets.resolve(id);
    }

    @POST
    @Path("/{id}/closure")
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "closeTicket", summary = "Close the ticket",
            extensions = @Extension(name = "x-problems", value = "ticket-transition"))
    public TicketViews.TicketView close(@PathParam("id") UUID id) {
        return tickets.close(id);
    }

    @POST
    @Path("/{id}/reopening")
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "reopenTicket", summary = "Reopen a resolved or closed ticket (at any time)",
            extensions = @Extension(name = "x-problems", value = "ticket-transition"))
    public TicketViews.TicketView reopen(@PathParam("id") UUID id) {
        return tickets.reopen(id);
    }

    @POST
    @Path("/{id}/cc")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "addTicketCc", summary = "Add a CC address (at most 10); answers the CC list")
    public List<String> addCc(@PathParam("id") UUID id, @NotNull @Valid TicketViews.CcAdd request) {
        return tickets.addCc(id, request.email());
    }

    @DELETE
    @Path("/{id}/cc/{email}")
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "removeTicketCc", summary = "Remove a CC address; answers the CC list")
    public List<String> removeCc(@PathParam("id") UUID id, @PathParam("email") @jakarta.validation.constraints.Size(max = 320) String email) {
        return tickets.removeCc(id, email);
    }
}
