package dev.portico.catalog;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Back office manages the catalog; buyers see it priced for their company. */
@QuarkusTest
class CatalogTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Test
    void aBuyerSeesTheListPriceAndTheVatOfTheirCountry() {
        Fixtures.Tenant tenant = fixtures.tenant("Buyer GmbH");
        CatalogFixtures.Made product = catalog.subscription(5, 12_900, 55_900);

        JsonPath price = price(tenant, product);
        assertEquals(64_500, price.getInt("listPrice.amount"));
        assertEquals("EUR", price.getString("listPrice.currency"));
        assertEquals(0, price.getInt("discountBasisPoints"));
        assertEquals(64_500, price.getInt("netPrice.amount"));
        assertEquals(1900, price.getInt("taxRateBasisPoints"));
        assertEquals(12_255, price.getInt("tax.amount"));
        assertEquals(76_755, price.getInt("grossPrice.amount"));
    }

    @Test
    void aPolishBuyerIsPricedInZloty() {
        Fixtures.Tenant tenant = fixtures.tenant("Kupiec sp. z o.o.");
        catalog.moveTo(tenant.companyId(), "PL");
        CatalogFixtures.Made product = catalog.subscription(1, 12_900, 55_900);

        JsonPath price = price(tenant, product);
        assertEquals("PLN", price.getString("netPrice.currency"));
        assertEquals(55_900, price.getInt("netPrice.amount"));
        assertEquals(12_857, price.getInt("tax.amount"));
    }

    @Test
    void aResellerSeesTheTierDiscountAndAProductDiscountWinsOverTheGeneralOne() {
        Fixtures.Tenant reseller = fixtures.tenant("Reseller S.r.l.");
        CatalogFixtures.Made general = catalog.subscription(1, 10_000, 40_000);
        CatalogFixtures.Made special = catalog.subscription(1, 10_000, 40_000);
        String tier = catalog.reseller(reseller.companyId(), 2000);
        catalog.addDiscount(tier, special.code(), 3500);

        assertEquals(2000, price(reseller, general).getInt("discountBasisPoints"));
        assertEquals(8_000, price(reseller, general).getInt("netPrice.amount"));
        assertEquals(3500, price(reseller, special).getInt("discountBasisPoints"));
        assertEquals(3_500, price(reseller, special).getInt("discount.amount"));
        // a customer of the same country pays the list price
        assertEquals(10_000, price(fixtures.tenant("Customer GmbH"), special).getInt("netPrice.amount"));
    }

    @Test
    void aVariantNotSoldInTheCompanysCountryHasNoPrice() {
        Fixtures.Tenant tenant = fixtures.tenant("Français SA");
        catalog.moveTo(tenant.companyId(), "FR");
        CatalogFixtures.Made product = catalog.subscription(1, 100, 400);
        as(tenant.admin()).queryParam("companyId", tenant.companyId())
                .get("/api/v1/products/" + product.id())
                .then().statusCode(200).body("variants[0].price", nullValue());
    }

    @Test
    void theCatalogSpeaksTheLanguageAskedForWithEnglishAsFallback() {
        Fixtures.Tenant tenant = fixtures.tenant("Sprache GmbH");
        CatalogFixtures.Made product = catalog.subscription(1, 100, 400);
        as(tenant.admin()).queryParam("language", "de").get("/api/v1/products/" + product.id())
                .then().statusCode(200).body("name", equalTo("Produkt " + product.code()));
        as(tenant.admin()).queryParam("language", "it").get("/api/v1/products/" + product.id())
                .then().statusCode(200).body("name", equalTo("Product " + product.code()));
    }

    @Test
    void anotherCompanysPricesAreNotFound() {
        Fixtures.Tenant mine = fixtures.tenant("Mine GmbH");
        Fixtures.Tenant theirs = fixtures.tenant("Theirs GmbH");
        CatalogFixtures.Made product = catalog.subscription(1, 100, 400);
        as(mine.admin()).queryParam("companyId", theirs.companyId()).get("/api/v1/products/" + product.id())
                .then().statusCode(404);
        as(mine.admin()).queryParam("companyId", theirs.companyId()).get("/api/v1/products").then().statusCode(404);
    }

    @Test
    void aReplacedProductWithdrawsTheVariantsLeftOutAndKeepsTheIdsOfTheOthers() {
        CatalogFixtures.Made product = catalog.create("""
                {"code":"R-%s","type":"ONE_TIME","names":{"en":"Replaceable"},"variants":[
                 {"code":"A","names":{"en":"A"},"prices":[{"country":"DE","price":{"amount":100,"currency":"EUR"}}]},
                 {"code":"B","names":{"en":"B"},"prices":[{"country":"DE","price":{"amount":200,"currency":"EUR"}}]}]}
                """.formatted(System.nanoTime()));
        String etag = as(catalog.backoffice()).get("/api/v1/catalog/products/" + product.id()).then().statusCode(200)
                .extract().header("ETag");
        as(catalog.backoffice()).header("If-Match", etag).body("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"Replaced"},"variants":[
                 {"code":"A","names":{"en":"A"},"prices":[{"country":"DE","price":{"amount":150,"currency":"EUR"}}]}]}
                """.formatted(product.code()))
                .put("/api/v1/catalog/products/" + product.id())
                .then().statusCode(200)
                .body("variants.find { it.code == 'A' }.id", equalTo(product.variants().get("A")))
                .body("variants.find { it.code == 'B' }.active", equalTo(false));
        as(catalog.backoffice()).header("If-Match", etag).body("{}").put("/api/v1/catalog/products/" + product.id())
                .then().statusCode(422);
        Fixtures.Tenant tenant = fixtures.tenant("Viewer GmbH");
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).get("/api/v1/products/" + product.id())
                .then().statusCode(200)
                .body("variants.code", equalTo(List.of("A")))
                .body("variants[0].price.netPrice.amount", equalTo(150));
    }

    @Test
    void backOfficeListsEveryProductWithItsVariantsAndPrices() {
        CatalogFixtures.Made first = catalog.oneTime(700);
        CatalogFixtures.Made second = catalog.subscription(5, 100, 400);
        as(catalog.backoffice()).get("/api/v1/catalog/products").then().statusCode(200)
                .body("find { it.code == '%s' }.variants[0].prices[0].price.amount".formatted(first.code()), equalTo(700))
                .body("find { it.code == '%s' }.defaultLicenseQuantity".formatted(second.code()), equalTo(5));
    }

    @Test
    void aStaleReplacementIsRefused() {
        CatalogFixtures.Made product = catalog.oneTime(500);
        String body = """
                {"code":"%s","type":"ONE_TIME","names":{"en":"Stale"},"variants":[
                 {"code":"STANDARD","names":{"en":"S"},"prices":[]}]}""".formatted(product.code());
        as(catalog.backoffice()).header("If-Match", "\"999\"").body(body).put("/api/v1/catalog/products/" + product.id())
                .then().statusCode(412);
        as(catalog.backoffice()).body(body).put("/api/v1/catalog/products/" + product.id()).then().statusCode(428);
    }

    @Test
    void badProductDefinitionsNameTheField() {
        String code = "BAD-" + System.nanoTime();
        as(catalog.backoffice()).body("""
                {"code":"%s","type":"SUBSCRIPTION","names":{"en":"No term"},"variants":[{"code":"S","names":{"en":"S"},"prices":[]}]}
                """.formatted(code)).post("/api/v1/catalog/products")
                .then().statusCode(422).body("errors.field", hasItem("termMonths"));
        as(catalog.backoffice()).body("""
                {"code":"%s","type":"ONE_TIME","names":{"de":"Nur Deutsch"},"variants":[{"code":"S","names":{"en":"S"},"prices":[]}]}
                """.formatted(code)).post("/api/v1/catalog/products")
                .then().statusCode(422).body("errors.field", hasItem("names.en"));
        as(catalog.backoffice()).body("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"Twice DE"},"variants":[{"code":"S","names":{"en":"S"},"prices":[
                 {"country":"DE","price":{"amount":1,"currency":"EUR"}},{"country":"DE","price":{"amount":2,"currency":"EUR"}}]}]}
                """.formatted(code)).post("/api/v1/catalog/products")
                .then().statusCode(422).body("errors.field", hasItem("variants[0].prices[1].country"));
        as(catalog.backoffice()).body("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"Klingon"},"variants":[{"code":"S","names":{"en":"S","tlh":"S"},"prices":[]}]}
                """.formatted(code)).post("/api/v1/catalog/products")
                .then().statusCode(422).body("errors.field", hasItem("variants[0].names.tlh"));
        assertEquals(0L, fixtures.count("select count(*) from product where code = ?1", code));
    }

    @Test
    void aProductCodeIsUnique() {
        CatalogFixtures.Made product = catalog.oneTime(500);
        as(catalog.backoffice()).body("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"Copy"},"variants":[{"code":"S","names":{"en":"S"},"prices":[]}]}
                """.formatted(product.code())).post("/api/v1/catalog/products")
                .then().statusCode(409).body("type", equalTo("/problems/product-code-taken"));
    }

    @Test
    void onlyBackOfficeManagesTheCatalog() {
        Fixtures.Tenant tenant = fixtures.tenant("Curious GmbH");
        as(tenant.admin()).get("/api/v1/catalog/products").then().statusCode(403);
        as(tenant.admin()).body("{\"rateBasisPoints\":0}").put("/api/v1/catalog/tax-rates/DE").then().statusCode(403);
        as(tenant.admin()).body("{\"tier\":\"GOLD\"}").put("/api/v1/catalog/resellers/" + tenant.companyId())
                .then().statusCode(403);
    }

    @Test
    void onlyAResellerHasATier() {
        Fixtures.Tenant customer = fixtures.tenant("Plain Customer GmbH");
        as(catalog.backoffice()).body("{\"tier\":\"GOLD\"}").put("/api/v1/catalog/resellers/" + customer.companyId())
                .then().statusCode(422).body("errors.field", hasItem("companyId"));
    }

    @Test
    void aDiscountOnAnUnknownProductIsRefusedAndTheTableStaysAsItWas() {
        List<Map<String, Object>> before = as(catalog.backoffice()).get("/api/v1/catalog/reseller-discounts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        as(catalog.backoffice()).body(List.of(Map.of("tier", "GOLD", "productCode", "NO-SUCH-PRODUCT", "percentBasisPoints", 100)))
                .put("/api/v1/catalog/reseller-discounts")
                .then().statusCode(422).body("errors.field", hasItem("[0].productCode"));
        as(catalog.backoffice()).get("/api/v1/catalog/reseller-discounts").then().statusCode(200)
                .body("size()", equalTo(before.size())).body("productCode", not(hasItem("NO-SUCH-PRODUCT")));
    }

    private static JsonPath price(Fixtures.Tenant tenant, CatalogFixtures.Made product) {
        return as(tenant.admin()).queryParam("companyId", tenant.companyId())
                .get("/api/v1/products/" + product.id())
                .then().statusCode(200).extract().jsonPath().setRootPath("variants[0].price");
    }
}
