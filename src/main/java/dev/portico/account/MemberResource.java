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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's members. */
@Path("/v1/companies/{companyId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
@RolesAllowed(Roles.CUSTOMER)
public class MemberResource {

    @Inject
    MemberService members;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE})
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "listMembers", summary = "List a company's members, oldest first (its members; back office any company's)")
    public MemberView.Page list(@PathParam("companyId") UUID companyId, @Valid @BeanParam PageRequest page) {
        return members.list(companyId, page);
    }

    @PATCH
    @Path("/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "changeMemberRole", summary = "Change a member's role (admins; the last admin cannot be demoted: 409)",
            extensions = @Extension(name = "x-problems", value = "last-admin"))
    public MemberView changeRole(@PathParam("companyId") UUID companyId, @PathParam("userId") UUID userId,
            @NotNull @Valid MemberUpdate update) {
        return members.changeRole(companyId, userId, update.role());
    }

    @DELETE
    @Path("/{userId}")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "removeMember", summary = "Remove a member (the subscriptions they administer pass to you), or leave "
            + "the company yourself (409 while you administer subscriptions of it; the last admin cannot be removed: 409)",
            extensions = @Extension(name = "x-problems", value = "last-admin,administers-subscriptions"))
    public void remove(@PathParam("companyId") UUID companyId, @PathParam("userId") UUID userId) {
        members.remove(companyId, userId);
    }
}
