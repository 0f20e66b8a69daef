package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The server-side cart: lines, totals, price changes, and who may see it. */
@QuarkusTest
class CartTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Test
    void addingTheSameVariantAgainAddsToTheLineAndTotalsAreComputedOnTheServer() {
        Fixtures.Tenant buyer = fixtures.tenant("Cart GmbH");
        CatalogFixtures.Made product = catalog.subscription(5, 1_000, 4_000);
        shop.add(buyer.admin(), buyer.companyId(), product.variant(), 1);
        shop.add(buyer.admin(), buyer.companyId(), product.variant(), 2);
        as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().statusCode(200)
                .body("lines", hasSize(1))
                .body("lines[0].quantity", equalTo(3))
                .body("lines[0].licensesPerUnit", equalTo(5))
                .body("lines[0].unitPrice.netPrice.amount", equalTo(5_000))
                .body("net.amount", equalTo(15_000))
                .body("tax.amount", equalTo(2_850))
                .body("total.amount", equalTo(17_850))
                .body("credit", nullValue())
                .body("checkoutPossible", equalTo(true));
    }

    @Test
    void aLineCanBeChangedAndRemoved() {
        Fixtures.Tenant buyer = fixtures.tenant("Change GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        String line = as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().extract().path("lines[0].id");
        as(buyer.admin()).body("{\"quantity\":4}").put("/api/v1/carts/" + buyer.companyId() + "/lines/" + line)
                .then().statusCode(200).body("total.amount", equalTo(4_760));
        as(buyer.admin()).body("{\"quantity\":0}").put("/api/v1/carts/" + buyer.companyId() + "/lines/" + line)
                .then().statusCode(422);
        as(buyer.admin()).delete("/api/v1/carts/" + buyer.companyId() + "/lines/" + line)
                .then().statusCode(200).body("lines", hasSize(0)).body("total", nullValue())
                .body("checkoutPossible", equalTo(false));
    }

    @Test
    void theCartSaysWhenAPriceChangedSinceTheLineWasAdded() {
        Fixtures.Tenant buyer = fixtures.tenant("Inflation GmbH");
        CatalogFixtures.Made product = catalog.oneTime(1_000);
        shop.add(buyer.admin(), buyer.companyId(), product.variant(), 1);
        String etag = as(catalog.backoffice()).get("/api/v1/catalog/products/" + product.id()).then().extract().header("ETag");
        as(catalog.backoffice()).header("If-Match", etag).body("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"Dearer"},"variants":[{"code":"STANDARD","names":{"en":"S"},
                 "prices":[{"country":"DE","price":{"amount":1200,"currency":"EUR"}}]}]}""".formatted(product.code()))
                .put("/api/v1/catalog/products/" + product.id()).then().statusCode(200);
        as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().statusCode(200)
                .body("lines[0].priceChanged", equalTo(true))
                .body("lines[0].previousUnitPrice.amount", equalTo(1_000))
                .body("lines[0].unitPrice.netPrice.amount", equalTo(1_200))
                .body("total.amount", equalTo(1_428));
    }

    @Test
    void aVariantNoLongerForSaleBlocksTheCheckoutUntilRemoved() {
        Fixtures.Tenant buyer = fixtures.tenant("Withdrawn GmbH");
        CatalogFixtures.Made product = catalog.create("""
                {"code":"W-%s","type":"ONE_TIME","names":{"en":"Two variants"},"variants":[
                 {"code":"A","names":{"en":"A"},"prices":[{"country":"DE","price":{"amount":100,"currency":"EUR"}}]},
                 {"code":"B","names":{"en":"B"},"prices":[{"country":"DE","price":{"amount":200,"currency":"EUR"}}]}]}
                """.formatted(System.nanoTime()));
        shop.add(buyer.admin(), buyer.companyId(), product.variants().get("B"), 1);
        String etag = as(catalog.backoffice()).get("/api/v1/catalog/products/" + product.id()).then().extract().header("ETag");
        as(catalog.backoffice()).header("If-Match", etag).body("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"One variant"},"variants":[
                 {"code":"A","names":{"en":"A"},"prices":[{"country":"DE","price":{"amount":100,"currency":"EUR"}}]}]}
                """.formatted(product.code())).put("/api/v1/catalog/products/" + product.id()).then().statusCode(200);
        as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().statusCode(200)
                .body("lines[0].available", equalTo(false))
                .body("lines[0].description", equalTo("Two variants — B"))
                .body("checkoutPossible", equalTo(false));
        shop.placeOrder(buyer.admin(), ShopFixtures.credit(buyer.companyId()))
                .then().statusCode(422).body("type", equalTo("/problems/not-for-sale"));
        as(buyer.admin()).body("{\"variantId\":\"" + product.variants().get("B") + "\",\"quantity\":1}")
                .post("/api/v1/carts/" + buyer.companyId() + "/lines")
                .then().statusCode(422).body("type", equalTo("/problems/not-for-sale"));
    }

    @Test
    void aCartHoldsOneCurrency() {
        Fixtures.Tenant buyer = fixtures.tenant("Currency GmbH");
        CatalogFixtures.Made euro = catalog.oneTime(1_000);
        CatalogFixtures.Made franc = catalog.create("""
                {"code":"CHF-%s","type":"ONE_TIME","names":{"en":"In francs"},"variants":[
                 {"code":"S","names":{"en":"S"},"prices":[{"country":"DE","price":{"amount":900,"currency":"CHF"}}]}]}
                """.formatted(System.nanoTime()));
        shop.add(buyer.admin(), buyer.companyId(), euro.variant(), 1);
        as(buyer.admin()).body("{\"variantId\":\"" + franc.variant() + "\",\"quantity\":1}")
                .post("/api/v1/carts/" + buyer.companyId() + "/lines")
                .then().statusCode(422).body("type", equalTo("/problems/mixed-currencies"));
    }

    @Test
    void everyoneHasTheirOwnCartAndAnotherCompanysCartIsNotFound() {
        Fixtures.Tenant buyer = fixtures.tenant("Own Cart GmbH");
        Fixtures.Person secondAdmin = fixtures.person("second");
        fixtures.join(buyer.companyId(), secondAdmin, dev.portico.platform.security.MembershipRole.ADMIN);
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        as(secondAdmin).get("/api/v1/carts/" + buyer.companyId()).then().statusCode(200).body("lines", hasSize(0));
        String line = as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().extract().path("lines[0].id");
        as(secondAdmin).delete("/api/v1/carts/" + buyer.companyId() + "/lines/" + line).then().statusCode(404);

        as(buyer.member()).get("/api/v1/carts/" + buyer.companyId()).then().statusCode(403);
        Fixtures.Tenant other = fixtures.tenant("Other Cart GmbH");
        as(other.admin()).get("/api/v1/carts/" + buyer.companyId()).then().statusCode(404);
        as(other.admin()).delete("/api/v1/carts/" + buyer.companyId() + "/lines/" + line).then().statusCode(404);
        as(other.admin()).get("/api/v1/carts/" + UUID.randomUUID()).then().statusCode(404);
    }
}
