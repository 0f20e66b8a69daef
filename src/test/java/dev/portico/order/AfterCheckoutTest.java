package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After checkout: cancellation with a full refund while nothing delivered is in use, and invoice payments. */
@QuarkusTest
class AfterCheckoutTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Test
    void cancellingACreditOrderRefundsTheCreditAndWithdrawsItsSubscriptions() {
        Fixtures.Tenant buyer = fixtures.tenant("Regret GmbH");
        shop.topUp(buyer.companyId(), 10_000);
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 2);
        JsonPath order = shop.placeOrder(buyer.admin(), ShopFixtures.credit(buyer.companyId())).then().statusCode(201)
                .body("actions.cancel", equalTo(true)).extract().jsonPath();
        String id = order.getString("id");

        as(buyer.admin()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledAt", notNullValue())
                .body("actions.cancel", equalTo(false))
                .body("lines[0].items[0].subscriptionStatus", equalTo("LAPSED"))
                .body("lines[0].items[1].subscriptionStatus", equalTo("LAPSED"));
        as(buyer.admin()).get("/api/v1/credit-accounts/" + buyer.companyId()).then().body("balance.amount", equalTo(10_000));
        as(buyer.admin()).get("/api/v1/credit-accounts/" + buyer.companyId() + "/entries").then()
                .body("items[0].kind", equalTo("REFUND")).body("items[0].change", equalTo(2_380));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'order/cancelled'",
                buyer.admin().email()));
        as(buyer.admin()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(409)
                .body("type", equalTo("/problems/order-not-cancellable"));
    }

    @Test
    void anOrderWithAnActivatedSubscriptionOrALicenseKeyCannotBeCancelled() {
        Fixtures.Tenant buyer = fixtures.tenant("Used GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 1);
        JsonPath order = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-1\"}")).then().statusCode(201).extract().jsonPath();
        as(buyer.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + order.getString("lines[0].items[0].subscriptionId") + "/activation")
                .then().statusCode(200);
        as(buyer.admin()).get("/api/v1/orders/" + order.getString("id")).then().body("actions.cancel", equalTo(false));
        as(buyer.admin()).post("/api/v1/orders/" + order.getString("id") + "/cancellation").then().statusCode(409)
                .body("detail", containsString("activated"));

        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(500).variant(), 1);
        String keys = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-2\"}")).then().statusCode(201).extract().path("id");
        as(buyer.admin()).post("/api/v1/orders/" + keys + "/cancellation").then().statusCode(409)
                .body("detail", containsString("license key"));
    }

    @Test
    void backOfficeMayCancelAndOthersMayNot() {
        Fixtures.Tenant buyer = fixtures.tenant("Card Regret GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 1);
        String id = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), "{\"method\":\"CARD\",\"card\":"
                        + "{\"number\":\"4242 4242 4242 4242\",\"expiryMonth\":12,\"expiryYear\":2099,\"holder\":\"B\"}}"))
                .then().statusCode(201).extract().path("id");
        as(fixtures.tenant("Stranger GmbH").admin()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(404);
        as(buyer.member()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(403);
        as(catalog.backoffice()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'ORDER_CANCELLED' "
                + "and summary like '%refunded to Visa%'", id));
        as(catalog.backoffice()).post("/api/v1/orders/" + UUID.randomUUID() + "/cancellation").then().statusCode(404);
    }

    @Test
    void backOfficeRecordsThePaymentOfAnInvoiceOrderOnce() {
        Fixtures.Tenant buyer = fixtures.tenant("Invoice Payer GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 1);
        String id = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-9\"}")).then().statusCode(201)
                .body("payment.paid", equalTo(false)).extract().path("id");
        as(buyer.admin()).body("{\"reference\":\"Self-declared\"}").post("/api/v1/orders/" + id + "/payment").then().statusCode(403);
        as(catalog.backoffice()).body("{\"reference\":\"Bank transfer 4711\"}").post("/api/v1/orders/" + id + "/payment")
                .then().statusCode(200).body("payment.paid", equalTo(true)).body("paidAt", notNullValue());
        as(catalog.backoffice()).body("{\"reference\":\"Again\"}").post("/api/v1/orders/" + id + "/payment")
                .then().statusCode(409).body("type", equalTo("/problems/order-not-payable"));
    }
}
