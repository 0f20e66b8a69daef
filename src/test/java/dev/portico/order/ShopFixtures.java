package dev.portico.order;

import static dev.portico.support.Api.as;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.support.Fixtures;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Carts, checkouts and credit for order tests, through the API. */
@ApplicationScoped
public class ShopFixtures {

    @Inject
    CatalogFixtures catalog;

    public void topUp(UUID companyId, long euroCents) {
        as(catalog.backoffice()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\":{\"amount\":" + euroCents + ",\"currency\":\"EUR\"},\"reason\":\"Test top-up\"}")
                .post("/api/v1/credit-accounts/" + companyId + "/top-ups").then().statusCode(201);
    }

    public void add(Fixtures.Person buyer, UUID companyId, String variantId, int quantity) {
        as(buyer).body("{\"variantId\":\"" + variantId + "\",\"quantity\":" + quantity + "}")
                .post("/api/v1/carts/" + companyId + "/lines").then().statusCode(200);
    }

    /** A checkout body for the company with confirmed billing data and the given payment JSON. */
    public static String checkout(UUID companyId, String payment) {
        return """
                {"companyId":"%s","billingDataConfirmed":true,
                 "billing":{"name":"Buyer GmbH","street":"Hauptstraße 1","postalCode":"10115","city":"Berlin","taxId":"DE999999995"},
                 "payment":%s}""".formatted(companyId, payment);
    }

    public static String credit(UUID companyId) {
        return checkout(companyId, "{\"method\":\"CREDIT\"}");
    }

    public Response placeOrder(Fixtures.Person buyer, String body) {
        return as(buyer).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/orders");
    }
}
