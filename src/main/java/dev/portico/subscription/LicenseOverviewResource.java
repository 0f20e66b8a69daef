package dev.portico.subscription;

import dev.portico.platform.http.ContentDisposition;
import dev.portico.platform.i18n.CallerLanguage;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The company-wide license overview for its admins, as a paged list and as a CSV file. */
@Path("/v1/companies/{companyId}/license-overview")
@Tag(name = "Subscriptions")
@RolesAllowed(Roles.CUSTOMER)
public class LicenseOverviewResource {

    @Inject
    LicenseOverviewService overview;

    @Inject
    CallerLanguage language;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getLicenseOverview", summary = "Every subscription of the company that is not lapsed or ended: "
            + "period, licenses, seats used and free today, holders, invoice, order and subscription numbers (company admins)")
    public LicenseOverview.Page list(@PathParam("companyId") UUID companyId, @Valid @BeanParam PageRequest page) {
        return overview.page(companyId, page);
    }

    @GET
    @Path("/export")
    @Produces(LicenseOverviewCsv.MEDIA_TYPE)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "exportLicenseOverview", summary = "The whole license overview as a CSV file (RFC 4180, UTF-8 with "
            + "a byte order mark, headers in the caller's language; cells that a spreadsheet would run as a formula start with ')")
    @APIResponse(responseCode = "200", description = "The overview as a CSV file", content = @Content(
            mediaType = LicenseOverviewCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("companyId") UUID companyId) {
        byte[] csv = LicenseOverviewCsv.write(overview.all(companyId), language.locale());
        return Response.ok(csv, LicenseOverviewCsv.MEDIA_TYPE + ";charset=UTF-8;header=present")
                .header("Content-Disposition", ContentDisposition.attachment("licenses-" + LocalDate.now(clock) + ".csv"))
                .build();
    }
}
