package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.platform.security.MembershipRole;
import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reseller associates a bought subscription with an end customer, who takes it over when signing in. */
@QuarkusTest
class AssociationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Test
    void anAssociatedCustomerWithoutCompanyGetsOneAndBecomesTheAdminWhenSigningIn() {
        Fixtures.Tenant reseller = fixtures.tenant("Associating Reseller S.r.l.");
        JsonPath item = boughtSubscription(reseller);
        String itemId = item.getString("id");
        String subscription = item.getString("subscriptionId");
        String email = "end-customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        as(reseller.admin()).body("{\"email\":\"" + email.toUpperCase() + "\"}")
                .post("/api/v1/order-items/" + itemId + "/association").then().statusCode(200)
                .body("association.email", equalTo(email))
                .body("association.state", equalTo("PENDING"))
                .body("actions.withdrawAssociation", equalTo(true));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'order/service-associated'", email));

        String token = SubscriptionFixtures.tokenFor(email);
        as(token).get("/api/v1/me").then().statusCode(200).body("companies.size()", equalTo(1))
                .body("companies[0].role", equalTo("ADMIN"));
        as(token).get("/api/v1/subscriptions/" + subscription).then().statusCode(200)
                .body("status", equalTo("PENDING_ACTIVATION"))
                .body("actions.activate", equalTo(true));
        as(token).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));

        JsonPath order = as(reseller.admin()).get("/api/v1/orders/" + item.getString("orderId")).then().statusCode(200)
                .extract().jsonPath().setRootPath("lines[0].items[0]");
        assertEquals("CLAIMED", order.getString("association.state"));
        assertEquals("ACTIVE", order.getString("subscriptionStatus"));
        assertEquals(false, order.getBoolean("actions.associate"));
        as(reseller.admin()).get("/api/v1/subscriptions/" + subscription).then().statusCode(404);
    }

    @Test
    void anAssociatedCustomerWhoAdministersACompanyGetsItThere() {
        Fixtures.Tenant reseller = fixtures.tenant("Reseller With Customer S.r.l.");
        Fixtures.Tenant customer = fixtures.tenant("End Customer GmbH");
        JsonPath item = boughtSubscription(reseller);
        as(reseller.admin()).body("{\"email\":\"" + customer.admin().email() + "\"}")
                .post("/api/v1/order-items/" + item.getString("id") + "/association").then().statusCode(200);
        as(customer.admin()).get("/api/v1/me").then().statusCode(200);
        assertEquals(customer.companyId(), fixtures.single("select company_id from subscription where id = ?1",
                UUID.fromString(item.getString("subscriptionId"))));
    }

    @Test
    void anAssociationCanBeWithdrawnOrRedirectedUntilClaimed() {
        Fixtures.Tenant reseller = fixtures.tenant("Undecided Reseller S.r.l.");
        JsonPath item = boughtSubscription(reseller);
        String path = "/api/v1/order-items/" + item.getString("id") + "/association";
        as(reseller.admin()).body("{\"email\":\"first@example.com\"}").post(path).then().statusCode(200);
        as(reseller.admin()).body("{\"email\":\"second@example.com\"}").post(path).then().statusCode(200)
                .body("association.email", equalTo("second@example.com"));
        as(reseller.admin()).delete(path).then().statusCode(200).body("association", equalTo(null));
        as(reseller.admin()).delete(path).then().statusCode(409).body("type", equalTo("/problems/not-associable"));
        // nobody signing in as first@ takes it any more
        as(SubscriptionFixtures.tokenFor("first@example.com")).get("/api/v1/me").then().statusCode(200);
        assertEquals(reseller.companyId(), fixtures.single("select company_id from subscription where id = ?1",
                UUID.fromString(item.getString("subscriptionId"))));
    }

    @Test
    void anActivatedSubscriptionOrALicenseKeyCannotBeAssociated() {
        Fixtures.Tenant reseller = fixtures.tenant("Late Reseller S.r.l.");
        JsonPath item = boughtSubscription(reseller);
        as(reseller.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + item.getString("subscriptionId") + "/activation").then().statusCode(200);
        as(reseller.admin()).body("{\"email\":\"late@example.com\"}")
                .post("/api/v1/order-items/" + item.getString("id") + "/association")
                .then().statusCode(409).body("type", equalTo("/problems/not-associable"));

        shop.add(reseller.admin(), reseller.companyId(), catalog.oneTime(100).variant(), 1);
        String key = shop.placeOrder(reseller.admin(), ShopFixtures.checkout(reseller.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-1\"}")).then().statusCode(201).extract().path("lines[0].items[0].id");
        as(reseller.admin()).body("{\"email\":\"late@example.com\"}").post("/api/v1/order-items/" + key + "/association")
                .then().statusCode(409);
    }

    @Test
    void anotherCompanysItemIsNotFoundAndAMemberMayNotAssociate() {
        Fixtures.Tenant reseller = fixtures.tenant("Guarded Reseller S.r.l.");
        JsonPath item = boughtSubscription(reseller);
        String path = "/api/v1/order-items/" + item.getString("id") + "/association";
        as(fixtures.tenant("Intruder GmbH").admin()).body("{\"email\":\"x@example.com\"}").post(path).then().statusCode(404);
        as(reseller.member()).body("{\"email\":\"x@example.com\"}").post(path).then().statusCode(403);
        as(reseller.admin()).body("{\"email\":\"not-an-email\"}").post(path).then().statusCode(422)
                .body("errors.field", hasItem("email"));
        as(reseller.admin()).body("{\"email\":\"x@example.com\"}").post("/api/v1/order-items/" + UUID.randomUUID()
                + "/association").then().statusCode(404);
    }

    @Test
    void anUnverifiedEmailDoesNotClaim() {
        Fixtures.Tenant reseller = fixtures.tenant("Careful Reseller S.r.l.");
        JsonPath item = boughtSubscription(reseller);
        String email = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        as(reseller.admin()).body("{\"email\":\"" + email + "\"}")
                .post("/api/v1/order-items/" + item.getString("id") + "/association").then().statusCode(200);
        as(dev.portico.support.Tokens.token(UUID.randomUUID().toString(), email, false, "customer"))
                .get("/api/v1/me").then().statusCode(200);
        assertEquals(reseller.companyId(), fixtures.single("select company_id from subscription where id = ?1",
                UUID.fromString(item.getString("subscriptionId"))));
    }

    /** One subscription bought on invoice; the returned item carries orderId too. */
    private JsonPath boughtSubscription(Fixtures.Tenant reseller) {
        catalog.makeReseller(reseller.companyId());
        CatalogFixtures.Made product = catalog.subscription(1, 1_000, 4_000);
        shop.add(reseller.admin(), reseller.companyId(), product.variant(), 1);
        JsonPath order = shop.placeOrder(reseller.admin(), ShopFixtures.checkout(reseller.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-A\"}")).then().statusCode(201).extract().jsonPath();
        java.util.Map<String, Object> item = new java.util.HashMap<>(order.getMap("lines[0].items[0]"));
        item.put("orderId", order.getString("id"));
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(item).toString());
    }
}
