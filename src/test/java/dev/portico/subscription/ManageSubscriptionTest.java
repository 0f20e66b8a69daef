package dev.portico.subscription;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payment method and admin transfer. */
@QuarkusTest
class ManageSubscriptionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    Fixtures.Tenant tenant;
    String id;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Zahlung GmbH", "de");
        id = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"de\"}")
                .post("/api/v1/subscriptions/" + id + "/activation").then().statusCode(200);
    }

    io.restassured.response.Response pay(String body) {
        return as(tenant.admin()).body(body).put("/api/v1/subscriptions/" + id + "/payment-method");
    }

    @Test
    void cardIsStoredAsATokenWithDisplayDataOnly() {
        pay("{\"type\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\",\"expiryMonth\":12,\"expiryYear\":2099,\"holder\":\"Alice Adler\"}}")
                .then().statusCode(200)
                .body("paymentMethod.type", equalTo("CARD"))
                .body("paymentMethod.display", equalTo("Visa •••• 4242, expires 12/2099"));
        assertEquals(0L, fixtures.count("select count(*) from subscription where payment_method_display like '%4242 4242%'"
                + " or payment_token like '%4242%'"));
        assertEquals(0L, fixtures.count("select count(*) from audit_event where summary like '%4242424242424242%'"));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/payment-method-changed'",
                tenant.admin().email()));
    }

    @Test
    void invalidCardNumberNamesTheField() {
        pay("{\"type\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4241\",\"expiryMonth\":12,\"expiryYear\":2099,\"holder\":\"A\"}}")
                .then().statusCode(422).body("errors[0].field", equalTo("card.number"));
        pay("{\"type\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\",\"expiryMonth\":1,\"expiryYear\":2001,\"holder\":\"A\"}}")
                .then().statusCode(422).body("errors[0].field", equalTo("card.expiryYear"));
    }

    @Test
    void sepaMandateShowsAMaskedIban() {
        pay("{\"type\":\"SEPA_DEBIT\",\"sepa\":{\"iban\":\"DE89 3704 0044 0532 0130 00\",\"accountHolder\":\"Zahlung GmbH\"}}")
                .then().statusCode(200)
                .body("paymentMethod.type", equalTo("SEPA_DEBIT"))
                .body("paymentMethod.display", containsString("DE89 •••• •••• 3000"))
                .body("paymentMethod.display", not(containsString("370400440532013000")));
    }

    @Test
    void ibanWithAWrongChecksumIs422NamingTheField() {
        pay("{\"type\":\"SEPA_DEBIT\",\"sepa\":{\"iban\":\"DE88 3704 0044 0532 0130 00\",\"accountHolder\":\"X\"}}")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("sepa.iban"))
                .body("errors[0].message", containsString("check digit"));
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("paymentMethod", equalTo(null));
    }

    @Test
    void sepaWithoutDetailsIs422() {
        pay("{\"type\":\"SEPA_DEBIT\"}").then().statusCode(422).body("errors[0].field", equalTo("sepa"));
    }

    @Test
    void invoiceNeedsNoDetails() {
        pay("{\"type\":\"INVOICE\"}").then().statusCode(200).body("paymentMethod.display", containsString("PO PO-1"));
    }

    @Test
    void adminRightGoesToAnotherMemberWhoIsToldAndThePreviousAdminToo() {
        as(tenant.admin()).body("{\"email\":\"" + tenant.member().email() + "\"}")
                .post("/api/v1/subscriptions/" + id + "/admin-transfer")
                .then().statusCode(200)
                .body("admin.userId", equalTo(tenant.member().id().toString()))
                .body("admin.pending", equalTo(false));

        as(tenant.member()).get("/api/v1/subscriptions").then().body("items.id", hasItem(id));
        as(tenant.member()).get("/api/v1/subscriptions/" + id).then().body("actions.manage", equalTo(true));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/admin-transfer-received'",
                tenant.member().email()));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/admin-transfer-sent'",
                tenant.admin().email()));
    }

    @Test
    void transferToTheCurrentAdminIs422() {
        as(tenant.admin()).body("{\"email\":\"" + tenant.admin().email() + "\"}")
                .post("/api/v1/subscriptions/" + id + "/admin-transfer")
                .then().statusCode(422).body("errors[0].field", equalTo("email"));
    }
}
