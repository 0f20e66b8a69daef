package dev.portico.account;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invitations to join a company. */
@Path("/v1/companies/{companyId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
@RolesAllowed(Roles.CUSTOMER)
public class InvitationResource {

    @Inject
    InvitationService invitations;

    @GET
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listInvitations", summary = "List a company's invitations, newest first (admins)")
    public InvitationView.Page list(@PathParam("companyId") UUID companyId,
            @QueryParam("status") InvitationStatus status, @Valid @BeanParam PageRequest page) {
        return invitations.list(companyId, status, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "inviteToCompany", summary = "Invite someone by email (admins); they join when they sign in with that verified email",
            extensions = @Extension(name = "x-problems", value = "already-member,already-invited,rate-limited"))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"), description = "Invitation sent",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    public Response invite(@PathParam("companyId") UUID companyId, @NotNull @Valid InvitationRequest request,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        InvitationView invitation = invitations.invite(companyId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(invitation.id().toString()).build())
                .entity(invitation).build();
    }

    @DELETE
    @Path("/{invitationId}")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "revokeInvitation", summary = "Revoke an open invitation (admins)",
            extensions = @Extension(name = "x-problems", value = "invitation-closed"))
    public void revoke(@PathParam("companyId") UUID companyId, @PathParam("invitationId") UUID invitationId) {
        invitations.revoke(companyId, invitationId);
    }
}
