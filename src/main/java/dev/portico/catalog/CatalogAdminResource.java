package dev.portico.catalog;

import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Catalog management for back office: products, prices, VAT rates, reseller tiers and discounts. */
@Path("/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog management")
@RolesAllowed(Roles.BACKOFFICE)
public class CatalogAdminResource {

    @Inject
    CatalogAdminService admin;

    @GET
    @Path("/products")
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.CATALOG_WRITE)
    @Operation(operationId = "listManagedProducts", summary = "Every product, offered or withdrawn, with all prices")
    public List<CatalogAdmin.ProductAdminView> products() {
        return admin.list();
    }

    @POST
    @Path("/products")
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.CATALOG_WRITE)
    @Operation(operationId = "createProduct", summary = "Add a product with its variants and list prices",
            extensions = @Extension(name = "x-problems", value = "product-code-taken"))
    @APIResponse(responseCode = "201", headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location")}, content = @Content(schema = @Schema(implementation = CatalogAdmin.ProductAdminView.class)))
    public Response create(@NotNull @Valid CatalogAdmin.ProductDefinition definition, @Context UriInfo uri) {
        CatalogAdminService.Versioned created = admin.create(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.product().id().toString()).build())
                .entity(created.product()).tag(EntityTags.of(created.version())).build();
    }

    @GET
    @Path("/products/{id}")
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.CATALOG_WRITE)
    @Operation(operationId = "getManagedProduct", summary = "One product as back office manages it; carries an ETag")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = CatalogAdmin.ProductAdminView.class)))
    public Response product(@PathParam("id") UUID id) {
        CatalogAdminService.Versioned found = admin.get(id);
        return Response.ok(found.product()).tag(EntityTags.of(found.version())).build();
    }

    @PUT
    @Path("/products/{id}")
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.CATALOG_WRITE)
    @Operation(operationId = "replaceProduct", summary = "Replace a product (If-Match required); variants left out are withdrawn, prices replaced",
            extensions = @Extension(name = "x-problems", value = "product-code-taken,precondition-failed,precondition-required"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = CatalogAdmin.ProductAdminView.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CatalogAdmin.ProductDefinition definition) {
        CatalogAdminService.Versioned updated = admin.replace(id, definition, ifMatch);
        return Response.ok(updated.product()).tag(EntityTags.of(updated.version())).build();
    }

    @GET
    @Path("/tax-rates")
    @Operation(operationId = "listTaxRates", summary = "The VAT rate of every country that has one (others are charged 0 %)")
    public List<CatalogAdmin.TaxRateView> taxRates() {
        return admin.taxRates();
    }

    @PUT
    @Path("/tax-rates/{country}")
    @Operation(operationId = "setTaxRate", summary = "Set a country's VAT rate")
    public CatalogAdmin.TaxRateView setTaxRate(@PathParam("country") @Size(max = 2) @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{2}", message = "{portico.country}") String country,
            @NotNull @Valid CatalogAdmin.TaxRateUpdate update) {
        return admin.setTaxRate(country, update.rateBasisPoints());
    }

    @GET
    @Path("/reseller-discounts")
    @Operation(operationId = "listResellerDiscounts", summary = "The discount of each reseller tier, in general and per product")
    public List<CatalogAdmin.Discount> discounts() {
        return admin.discounts();
    }

    @PUT
    @Path("/reseller-discounts")
    @Operation(operationId = "replaceResellerDiscounts", summary = "Replace the whole discount table")
    public List<CatalogAdmin.Discount> replaceDiscounts(@NotNull @Size(max = 500) List<CatalogAdmin.@NotNull @Valid Discount> discounts) {
        return admin.replaceDiscounts(discounts);
    }

    @PUT
    @Path("/resellers/{companyId}")
    @Operation(operationId = "setResellerTier", summary = "Put a reseller company in a discount tier")
    public CatalogAdmin.Tier setTier(@PathParam("companyId") UUID companyId, @NotNull @Valid CatalogAdmin.Tier tier) {
        return admin.setTier(companyId, tier.tier());
    }
}
