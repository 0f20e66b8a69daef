package dev.portico.catalog;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import jakarta.validation.constraints.Size;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog for every signed-in person, priced for the company they buy for. */
@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@RolesAllowed(Roles.CUSTOMER)
public class CatalogResource {

    private static final String LANGUAGES = "en|de|fr|it|pl";

    @Inject
    CatalogService catalog;

    @GET
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "listProducts", summary = "The products on offer; with companyId, each variant carries that company's price")
    public CatalogViews.ProductPage list(
            @QueryParam("companyId") @Parameter(description = "Price for this company (country, reseller tier)") UUID companyId,
            @QueryParam("language") @Size(max = 2) @Pattern(regexp = LANGUAGES, message = "{portico.language}")
            @Parameter(description = "Texts in this language (default: mine)") String language,
            @Valid @BeanParam PageRequest page) {
        return catalog.list(companyId, language, page);
    }

    @GET
    @Path("/{id}")
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "getProduct", summary = "One product on offer")
    public CatalogViews.ProductView get(@PathParam("id") UUID id,
            @QueryParam("companyId") @Parameter(description = "Price for this company") UUID companyId,
            @QueryParam("language") @Size(max = 2) @Pattern(regexp = LANGUAGES, message = "{portico.language}") String language) {
        return catalog.get(id, companyId, language);
    }
}
