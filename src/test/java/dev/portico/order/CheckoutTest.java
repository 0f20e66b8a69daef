package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checkout: what it requires, what it charges, what it delivers, and that a failure leaves nothing behind. */
@QuarkusTest
class CheckoutTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Test
    void aResellerPaysFromCreditAndGetsSubscriptionsPendingActivationWithThemAsAdmin() {
        Fixtures.Tenant reseller = fixtures.tenant("Credit Reseller S.r.l.");
        catalog.reseller(reseller.companyId(), 3000);
        CatalogFixtures.Made product = catalog.subscription(1, 4_900, 20_000);
        shop.topUp(reseller.companyId(), 10_000);
        shop.add(reseller.admin(), reseller.companyId(), product.variant(), 2);

        as(reseller.admin()).get("/api/v1/carts/" + reseller.companyId()).then().statusCode(200)
                .body("total.amount", equalTo(8_163)) // 2 × 34.30 = 68.60, + 19 % VAT (13.034 → 13.03)
                .body("credit.balance.amount", equalTo(10_000))
                .body("credit.sufficient", equalTo(true));

        JsonPath order = shop.placeOrder(reseller.admin(), ShopFixtures.credit(reseller.companyId()))
                .then().statusCode(201).extract().jsonPath();
        assertEquals("FULFILLED", order.getString("status"));
        assertTrue(order.getString("number").matches("ORD-\\d{4}-\\d{6}"));
        assertTrue(order.getString("invoiceNumber").matches("INV-\\d{4}-\\d{6}"));
        assertEquals(order.getInt("total.amount"), 8_163);
        assertEquals(true, order.getBoolean("payment.paid"));
        assertEquals(2, order.getList("lines[0].items").size());
        assertEquals("PENDING_ACTIVATION", order.getString("lines[0].items[0].subscriptionStatus"));
        assertEquals(3000, order.getInt("lines[0].discountBasisPoints"));

        String subscription = order.getString("lines[0].items[0].subscriptionId");
        as(reseller.admin()).get("/api/v1/subscriptions/" + subscription).then().statusCode(200)
                .body("status", equalTo("PENDING_ACTIVATION"));
        assertEquals(reseller.admin().email(), fixtures.single(
                "select admin_email from subscription where id = ?1", UUID.fromString(subscription)));
        as(reseller.admin()).get("/api/v1/credit-accounts/" + reseller.companyId()).then().statusCode(200)
                .body("balance.amount", equalTo(10_000 - 8_163));
        as(reseller.admin()).get("/api/v1/credit-accounts/" + reseller.companyId() + "/entries").then().statusCode(200)
                .body("items[0].kind", equalTo("PURCHASE"))
                .body("items[0].change", equalTo(-8_163))
                .body("items[0].balanceAfter.amount", equalTo(1_837))
                .body("items[0].orderId", equalTo(order.getString("id")))
                .body("items[1].kind", equalTo("TOP_UP"));
        as(reseller.admin()).get("/api/v1/carts/" + reseller.companyId()).then().statusCode(200).body("lines", hasSize(0));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'order/confirmation'",
                reseller.admin().email()));
        assertEquals(2L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/activation-request'",
                reseller.admin().email()));
    }

    @Test
    void activatingABoughtSubscriptionIssuesNoSecondInvoice() {
        Fixtures.Tenant buyer = fixtures.tenant("Prepaid GmbH");
        CatalogFixtures.Made product = catalog.subscription(1, 1_000, 4_000);
        shop.add(buyer.admin(), buyer.companyId(), product.variant(), 1);
        String subscription = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-77\"}")).then().statusCode(201)
                .extract().path("lines[0].items[0].subscriptionId");
        as(buyer.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        as(buyer.admin()).get("/api/v1/subscriptions/" + subscription + "/invoices").then().statusCode(200)
                .body("$", hasSize(0));
        as(buyer.admin()).get("/api/v1/subscriptions/" + subscription).then().statusCode(200)
                .body("poNumber", equalTo("PO-77"));
    }

    @Test
    void tooLittleCreditSaysWhatIsNeededAndLeavesEverythingAsItWas() {
        Fixtures.Tenant reseller = fixtures.tenant("Poor Reseller S.r.l.");
        CatalogFixtures.Made product = catalog.subscription(1, 10_000, 40_000);
        shop.topUp(reseller.companyId(), 5_000);
        shop.add(reseller.admin(), reseller.companyId(), product.variant(), 1);

        shop.placeOrder(reseller.admin(), ShopFixtures.credit(reseller.companyId()))
                .then().statusCode(422)
                .body("type", equalTo("/problems/insufficient-credit"))
                .body("detail", containsString("119.00 EUR"))
                .body("detail", containsString("50.00 EUR"))
                .body("detail", containsString("69.00 EUR more"));
        assertEquals(0L, fixtures.count("select count(*) from customer_order where company_id = ?1", reseller.companyId()));
        assertEquals(0L, fixtures.count("select count(*) from subscription where company_id = ?1", reseller.companyId()));
        as(reseller.admin()).get("/api/v1/carts/" + reseller.companyId()).then().body("lines", hasSize(1))
                .body("credit.sufficient", equalTo(false)).body("credit.balanceAfter.amount", equalTo(0))
                .body("credit.shortfall.amount", equalTo(6_900));
        as(reseller.admin()).get("/api/v1/credit-accounts/" + reseller.companyId()).then().body("balance.amount", equalTo(5_000))
                .body("hasAccount", equalTo(true));
        as(fixtures.tenant("No Credit GmbH").admin()).get("/api/v1/credit-accounts/" + reseller.companyId()).then().statusCode(404);
    }

    @Test
    void theBillingDataMustBeConfirmed() {
        Fixtures.Tenant buyer = fixtures.tenant("Unconfirmed GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), "{\"method\":\"INVOICE\",\"poNumber\":\"P1\"}")
                        .replace("\"billingDataConfirmed\":true", "\"billingDataConfirmed\":false"))
                .then().statusCode(422).body("errors.field", hasItem("billingDataConfirmed"));
        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), "{\"method\":\"INVOICE\",\"poNumber\":\"P1\"}")
                        .replace("\"billingDataConfirmed\":true,", ""))
                .then().statusCode(422).body("errors.field", hasItem("billingDataConfirmed"));
    }

    @Test
    void nestedFieldErrorsNameTheirPath() {
        Fixtures.Tenant buyer = fixtures.tenant("Nested GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), "{\"method\":\"CARD\",\"card\":{\"number\":\"\","
                        + "\"expiryMonth\":13,\"expiryYear\":2099,\"holder\":\"X\"}}").replace("\"Buyer GmbH\"", "\" \""))
                .then().statusCode(422)
                .body("errors.field", hasItem("billing.name"))
                .body("errors.field", hasItem("payment.card.number"))
                .body("errors.field", hasItem("payment.card.expiryMonth"));
    }

    @Test
    void payingOnInvoiceNeedsAPoNumber() {
        Fixtures.Tenant buyer = fixtures.tenant("No PO GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), "{\"method\":\"INVOICE\"}"))
                .then().statusCode(422).body("errors.field", hasItem("payment.poNumber"));
    }

    @Test
    void aCardPaymentGoesThroughTheProviderAndADeclinedCardLeavesNothingBehind() {
        Fixtures.Tenant buyer = fixtures.tenant("Card GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        String declined = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000 0000 0000 0002\",\"expiryMonth\":12,"
                + "\"expiryYear\":2099,\"holder\":\"Test Buyer\"}}";
        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), declined))
                .then().statusCode(402).body("type", equalTo("/problems/payment-declined"));
        // the reserved order is kept for the record, given up, never shown; the cart is as it was
        assertEquals(0L, fixtures.count("select count(*) from customer_order where company_id = ?1 "
                + "and checkout_stage <> 'ABANDONED'", buyer.companyId()));
        as(buyer.admin()).queryParam("companyId", buyer.companyId()).get("/api/v1/orders").then().body("items", hasSize(0));
        as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().body("lines", hasSize(1));

        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), declined.replace("4000 0000 0000 0002",
                        "4242 4242 4242 4241")))
                .then().statusCode(422).body("errors.field", hasItem("payment.card.number"));

        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), declined.replace("4000 0000 0000 0002",
                        "4242 4242 4242 4242")))
                .then().statusCode(201)
                .body("payment.method", equalTo("CARD"))
                .body("payment.display", containsString("4242"))
                .body("payment.paid", equalTo(true))
                .body("lines[0].items[0].kind", equalTo("LICENSE_KEY"))
                .body("lines[0].items[0].licenseKey", matchesPattern("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}"));
        as(buyer.admin()).queryParam("companyId", buyer.companyId()).get("/api/v1/license-keys").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].licenseKey", notNullValue());
    }

    @Test
    void aSepaMandateWithAWrongIbanNamesTheField() {
        Fixtures.Tenant buyer = fixtures.tenant("Sepa GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                        "{\"method\":\"SEPA_DEBIT\",\"sepa\":{\"iban\":\"DE89 3704 0044 0532 0130 01\",\"accountHolder\":\"Sepa GmbH\"}}"))
                .then().statusCode(422).body("errors.field", hasItem("payment.sepa.iban"));
        shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                        "{\"method\":\"SEPA_DEBIT\",\"sepa\":{\"iban\":\"DE89 3704 0044 0532 0130 00\",\"accountHolder\":\"Sepa GmbH\"}}"))
                .then().statusCode(201).body("payment.display", containsString("SEPA"));
    }

    @Test
    void aReplayReturnsTheSameOrderAndAnotherBodyWithTheSameKeyIsRefused() {
        Fixtures.Tenant buyer = fixtures.tenant("Replay GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        String key = UUID.randomUUID().toString();
        String body = ShopFixtures.checkout(buyer.companyId(), "{\"method\":\"INVOICE\",\"poNumber\":\"PO-1\"}");
        String first = as(buyer.admin()).header("Idempotency-Key", key).body(body).post("/api/v1/orders")
                .then().statusCode(201).extract().path("id");
        as(buyer.admin()).header("Idempotency-Key", key).body(body).post("/api/v1/orders")
                .then().statusCode(201).body("id", equalTo(first));
        as(buyer.admin()).header("Idempotency-Key", key).body(body.replace("PO-1", "PO-2")).post("/api/v1/orders")
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(1L, fixtures.count("select count(*) from customer_order where company_id = ?1", buyer.companyId()));
    }

    @Test
    void anOrderWithoutIdempotencyKeyIsRefused() {
        Fixtures.Tenant buyer = fixtures.tenant("Keyless GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        as(buyer.admin()).body(ShopFixtures.credit(buyer.companyId())).post("/api/v1/orders")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void anEmptyCartCannotBeCheckedOut() {
        Fixtures.Tenant buyer = fixtures.tenant("Empty GmbH");
        shop.placeOrder(buyer.admin(), ShopFixtures.credit(buyer.companyId()))
                .then().statusCode(409).body("type", equalTo("/problems/cart-empty"));
    }

    @Test
    void aTotalThatChangedSinceTheBuyerSawItIsRefused() {
        Fixtures.Tenant buyer = fixtures.tenant("Changed GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        String body = ShopFixtures.checkout(buyer.companyId(), "{\"method\":\"INVOICE\",\"poNumber\":\"PO-1\"}")
                .replace("\"payment\"", "\"expectedTotal\":{\"amount\":1000,\"currency\":\"EUR\"},\"payment\"");
        shop.placeOrder(buyer.admin(), body).then().statusCode(409).body("type", equalTo("/problems/cart-changed"))
                .body("detail", containsString("11.90 EUR"));
        shop.placeOrder(buyer.admin(), body.replace("\"amount\":1000", "\"amount\":1190")).then().statusCode(201);
    }

    @Test
    void theOrderListAndInvoiceBelongToTheCompany() {
        Fixtures.Tenant buyer = fixtures.tenant("History GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(2_500).variant(), 2);
        String id = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-9\"}")).then().statusCode(201).extract().path("id");
        as(buyer.admin()).queryParam("companyId", buyer.companyId()).get("/api/v1/orders").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].total.amount", equalTo(5_950))
                .body("items[0].lines[0]", containsString("2 × Library"));
        byte[] pdf = as(buyer.admin()).accept("application/pdf").get("/api/v1/orders/" + id + "/invoice")
                .then().statusCode(200).extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        as(buyer.member()).get("/api/v1/orders/" + id).then().statusCode(403);

        Fixtures.Tenant other = fixtures.tenant("Snoop GmbH");
        as(other.admin()).get("/api/v1/orders/" + id).then().statusCode(404);
        as(other.admin()).accept("application/pdf").get("/api/v1/orders/" + id + "/invoice").then().statusCode(404);
        as(other.admin()).queryParam("companyId", buyer.companyId()).get("/api/v1/orders").then().statusCode(404);
        as(other.admin()).queryParam("companyId", buyer.companyId()).get("/api/v1/license-keys").then().statusCode(404);
        as(other.admin()).get("/api/v1/credit-accounts/" + buyer.companyId()).then().statusCode(404);
        as(other.admin()).get("/api/v1/credit-accounts/" + buyer.companyId() + "/entries").then().statusCode(404);
    }

    @Test
    void onlyBackOfficeTopsUpCreditAndInTheAccountsCurrency() {
        Fixtures.Tenant buyer = fixtures.tenant("TopUp GmbH");
        as(buyer.admin()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"Self-service\"}")
                .post("/api/v1/credit-accounts/" + buyer.companyId() + "/top-ups").then().statusCode(403);
        shop.topUp(buyer.companyId(), 100);
        as(catalog.backoffice()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\":{\"amount\":100,\"currency\":\"PLN\"},\"reason\":\"Wrong currency\"}")
                .post("/api/v1/credit-accounts/" + buyer.companyId() + "/top-ups")
                .then().statusCode(422).body("errors.field", hasItem("amount.currency"));
        as(catalog.backoffice()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\":{\"amount\":0,\"currency\":\"EUR\"},\"reason\":\"Nothing\"}")
                .post("/api/v1/credit-accounts/" + buyer.companyId() + "/top-ups")
                .then().statusCode(422).body("errors.field", hasItem("amount.amount"));
        as(catalog.backoffice()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"reason\":\"Ghost\"}")
                .post("/api/v1/credit-accounts/" + UUID.randomUUID() + "/top-ups").then().statusCode(404);
        as(buyer.admin()).get("/api/v1/credit-accounts/" + buyer.companyId()).then().body("balance.amount", equalTo(100));
    }

    @Test
    void theLedgerIsAppendOnlyInTheDatabase() {
        Fixtures.Tenant buyer = fixtures.tenant("Ledger GmbH");
        shop.topUp(buyer.companyId(), 100);
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> fixtures.count("with changed as (update credit_entry set amount_minor = 1 where company_id = ?1 returning 1) "
                        + "select count(*) from changed", buyer.companyId()));
        assertTrue(rootMessage(refused).contains("append-only"), rootMessage(refused));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
