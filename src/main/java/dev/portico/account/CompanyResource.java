package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's details. */
@Path("/v1/companies/{companyId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
@RolesAllowed(Roles.CUSTOMER)
public class CompanyResource {

    @Inject
    CompanyService companies;

    @GET
    @CompanyRole(MembershipRole.MEMBER)
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE, Roles.SUPPORT_AGENT})
    @Operation(operationId = "getCompany", summary = "A company's details (members; back office and support agents any company); "
            + "carries an ETag")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = CompanyView.class)))
    public Response get(@PathParam("companyId") UUID companyId) {
        return respond(companies.get(companyId));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "updateCompany", summary = "Change a company's details (admins; If-Match required). The country is the "
            + "tax country: back office changes it, another country answers 422 on country")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = CompanyView.class)))
    public Response update(@PathParam("companyId") UUID companyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CompanyUpdate update) {
        return respond(companies.update(companyId, update, ifMatch));
    }

    @PUT
    @Path("/country")
    @RolesAllowed(Roles.BACKOFFICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCompanyCountry", summary = "Change a company's tax country, which picks its prices and VAT "
            + "(back office; If-Match required); audited")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = CompanyView.class)))
    public Response changeCountry(@PathParam("companyId") UUID companyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CompanyCountryChange change) {
        return respond(companies.changeCountry(companyId, change.country(), ifMatch));
    }

    private static Response respond(CompanyService.Versioned versioned) {
        return Response.ok(versioned.company()).tag(EntityTags.of(versioned.version())).build();
    }
}
