package dev.portico.account;

import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every company, found by name or tax ID: the vendor's staff pick companies with it instead of typing ids. */
@Path("/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
@RolesAllowed({Roles.BACKOFFICE, Roles.SUPPORT_AGENT})
public class CompanySearchResource {

    @Inject
    CompanyService companies;

    @GET
    @Operation(operationId = "searchCompanies", summary = "Companies whose name or tax ID contains the text, by name (back office "
            + "and support agents; customers see their own companies in GET /me)")
    public CompanySearchView.Page search(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text anywhere in the name (any case) or the tax ID "
                    + "(letters and digits only: \"DE 123-456\" finds DE123456); none lists every company") String q,
            @Valid @BeanParam PageRequest page) {
        return companies.search(q, page);
    }
}
