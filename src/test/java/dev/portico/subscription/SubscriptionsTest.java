package dev.portico.subscription;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.portico.support.Fixtures;
import dev.portico.support.TestClock;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriptionsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    SubscriptionLifecycleJob job;

    @Inject
    TestClock clock;

    Fixtures.Tenant tenant;
    String product;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Abo GmbH", "de");
        product = subscriptions.product();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String pending() {
        return subscriptions.create(tenant.companyId(), product, tenant.admin().email());
    }

    String active() {
        String id = pending();
        activate(id, tenant.admin().token(), 1).then().statusCode(200);
        return id;
    }

    static io.restassured.response.Response activate(String id, String token, int version) {
        return as(token).body("{\"agreementVersion\":" + version + ",\"language\":\"de\"}")
                .post("/api/v1/subscriptions/" + id + "/activation");
    }

    @Test
    void backOfficeCreatesAPendingSubscriptionAndItsAdminIsAskedToActivate() {
        String id = pending();

        as(tenant.admin()).get("/api/v1/subscriptions/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("number", matchesPattern("SUB-\\d{6}"))
                .body("status", equalTo("PENDING_ACTIVATION"))
                .body("admin.email", equalTo(tenant.admin().email()))
                .body("admin.pending", equalTo(false))
                .body("actions.activate", equalTo(true))
                .body("actions.manage", equalTo(false));
        Object subject = fixtures.single("select subject from outbox_message where recipient = ?1 and template = 'subscription/activation-request'",
                tenant.admin().email());
        assertEquals(true, subject.toString().startsWith("Activate your subscription"), "in the admin's language: " + subject);
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'SUBSCRIPTION_CREATED'", id));
    }

    @Test
    void customersCannotCreateSubscriptionsButIntegrationsCan() {
        String body = "{\"companyId\":\"" + tenant.companyId() + "\",\"productCode\":\"" + product
                + "\",\"productName\":\"X\",\"licenseQuantity\":1,\"autoRenew\":false,\"adminEmail\":\"x@example.com\"}";
        as(tenant.admin()).body(body).post("/api/v1/subscriptions").then().statusCode(403);
        as(Tokens.integration())
                .body(body).post("/api/v1/subscriptions").then().statusCode(201).body("termEnd", equalTo(null));
    }

    @Test
    void creatingForAnUnknownCompanyNamesTheField() {
        as(subscriptions.backoffice())
                .body("{\"companyId\":\"" + UUID.randomUUID() + "\",\"productCode\":\"" + product
                        + "\",\"productName\":\"X\",\"licenseQuantity\":0,\"autoRenew\":false,\"adminEmail\":\"nope\"}")
                .post("/api/v1/subscriptions")
                .then().statusCode(422)
                .body("errors.field", hasItem("licenseQuantity"))
                .body("errors.field", hasItem("adminEmail"));
    }

    @Test
    void adminActivatesWithTheCurrentAgreementAndTheAcceptanceIsKept() {
        String id = pending();
        as(tenant.admin()).queryParam("language", "de").get("/api/v1/subscriptions/" + id + "/agreement")
                .then().statusCode(200).body("text", equalTo("Vertragstext v1")).body("version", equalTo(1))
                .body("sha256", matchesPattern("[0-9a-f]{64}"));

        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        activate(id, tenant.admin().token(), 1)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("termStart", equalTo(today.toString()))
                .body("termEnd", equalTo(today.plusMonths(12).minusDays(1).toString()))
                .body("nextRenewalDate", equalTo(today.plusMonths(12).toString()))
                .body("actions.cancel", equalTo(true))
                .body("actions.readAgreement", equalTo(true));

        as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/accepted-agreement")
                .then().statusCode(200)
                .body("agreement.language", equalTo("de"))
                .body("agreement.version", equalTo(1))
                .body("acceptedByName", notNullValue());
        assertEquals(1L, fixtures.count("select count(*) from agreement_acceptance where subscription_id = ?1 and client_ip is not null",
                UUID.fromString(id)));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/activated'",
                tenant.admin().email()));
    }

    @Test
    void agreementChangedSinceReadingMustBeReadAgain() {
        String id = pending();
        subscriptions.publish(product, "de", "Vertragstext v2");

        activate(id, tenant.admin().token(), 1)
                .then().statusCode(409)
                .body("type", equalTo("/problems/agreement-changed"))
                .body("detail", containsString("Version 2"));
        activate(id, tenant.admin().token(), 2).then().statusCode(200);
    }

    @Test
    void agreementInALanguageWithoutOwnTextFallsBackToEnglish() {
        String id = pending();
        as(tenant.admin()).queryParam("language", "pl").get("/api/v1/subscriptions/" + id + "/agreement")
                .then().statusCode(200).body("language", equalTo("en")).body("text", equalTo("Agreement text v1"));
    }

    @Test
    void onlyTheSubscriptionAdminMayActivate() {
        var otherAdmin = fixtures.person("second-admin");
        fixtures.join(tenant.companyId(), otherAdmin, dev.portico.platform.security.MembershipRole.ADMIN);
        String id = pending();

        as(otherAdmin).get("/api/v1/subscriptions/" + id).then().statusCode(200).body("actions.activate", equalTo(false));
        activate(id, otherAdmin.token(), 1).then().statusCode(403).body("type", equalTo("/problems/not-subscription-admin"));
    }

    @Test
    void invitedAdminWhoIsNotYetAUserSeesAndActivatesAfterSigningIn() {
        String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = subscriptions.create(tenant.companyId(), product, email);
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("admin.pending", equalTo(true));
        Object subject = fixtures.single("select subject from outbox_message where recipient = ?1", email);
        assertEquals(true, subject.toString().startsWith("Aktivieren Sie"), "in the company's language: " + subject);

        String token = SubscriptionFixtures.tokenFor(email);
        as(token).get("/api/v1/subscriptions").then().statusCode(200).body("items.id", hasItem(id));
        activate(id, token, 1).then().statusCode(200).body("admin.pending", equalTo(false));

        String unverified = Tokens.token(UUID.randomUUID().toString(), "buyer2-" + email, false, "customer");
        as(unverified).get("/api/v1/subscriptions").then().body("items", hasSize(0));
    }

    @Test
    void activationOnDay89Works() {
        String id = pending();
        clock.advance(Duration.ofDays(89));
        activate(id, tenant.admin().token(), 1).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void activationOnDay91IsRefusedAndTheSubscriptionLapses() {
        String id = pending();
        clock.advance(Duration.ofDays(91));

        activate(id, tenant.admin().token(), 1)
                .then().statusCode(409).body("type", equalTo("/problems/activation-window-closed"));
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("status", equalTo("LAPSED"));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/lapsed'",
                tenant.admin().email()));
    }

    @Test
    void lifecycleJobLapsesOverdueSubscriptionsWhichLeaveTheDefaultList() {
        String id = pending();
        String list = "/api/v1/subscriptions";
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).get(list).then().body("items.id", hasItem(id));

        clock.advance(Duration.ofDays(89));
        job.lapseOverdue();
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("status", equalTo("PENDING_ACTIVATION"));

        clock.advance(Duration.ofDays(2));
        job.lapseOverdue();
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("status", equalTo("LAPSED"));
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).get(list).then().body("items.id", not(hasItem(id)));
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("status", "LAPSED").get(list)
                .then().body("items.id", hasItem(id));
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'SUBSCRIPTION_LAPSED'", id));
    }

    @Test
    void aSubscriptionTheJobCannotProcessDoesNotHoldUpTheOthers() {
        Fixtures.Tenant broken = fixtures.tenant("Kaputt GmbH", "de");
        String stuck = subscriptions.create(broken.companyId(), product, broken.admin().email());
        String first = pending();
        String second = pending();
        // The company row was made inconsistent: a time zone that does not exist, so handling its subscription throws.
        fixtures.update("update company set time_zone = 'Europe/Atlantis' where id = ?1", broken.companyId());
        try {
            clock.advance(Duration.ofDays(91));
            job.lapseOverdue();

            assertEquals("LAPSED", status(first));
            assertEquals("LAPSED", status(second));
            assertEquals("PENDING_ACTIVATION", status(stuck), "rolled back and skipped");

            fixtures.update("update company set time_zone = 'Europe/Berlin' where id = ?1", broken.companyId());
            job.lapseOverdue();
            assertEquals("LAPSED", status(stuck), "tried again on the next run");
        } finally {
            fixtures.update("update company set time_zone = 'Europe/Berlin' where id = ?1", broken.companyId());
        }
    }

    @Test
    void aRenewalTheJobCannotProcessDoesNotHoldUpTheOthers() {
        Fixtures.Tenant broken = fixtures.tenant("Kaputt GmbH", "de");
        String stuck = subscriptions.create(broken.companyId(), product, broken.admin().email());
        activate(stuck, broken.admin().token(), 1).then().statusCode(200);
        String renewing = active();
        Object stuckRenewal = nextRenewal(stuck);
        Object otherRenewal = nextRenewal(renewing);
        fixtures.update("update company set time_zone = 'Europe/Atlantis' where id = ?1", broken.companyId());
        try {
            clock.advance(Duration.ofDays(367));
            job.renewDue();

            assertNotEquals(otherRenewal, nextRenewal(renewing), "renewed");
            assertEquals(stuckRenewal, nextRenewal(stuck), "rolled back and skipped");
        } finally {
            fixtures.update("update company set time_zone = 'Europe/Berlin' where id = ?1", broken.companyId());
        }
    }

    Object nextRenewal(String subscriptionId) {
        return fixtures.single("select next_renewal_date from subscription where id = ?1", UUID.fromString(subscriptionId));
    }

    String status(String subscriptionId) {
        return fixtures.single("select status from subscription where id = ?1", UUID.fromString(subscriptionId)).toString();
    }

    @Test
    void listFiltersByTextAndSortsByNextRenewal() {
        String first = active();
        clock.advance(Duration.ofDays(3));
        String second = active();
        clock.reset();
        String number = as(tenant.admin()).get("/api/v1/subscriptions/" + second).then().extract().path("number");

        as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("status", "ACTIVE")
                .get("/api/v1/subscriptions")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(first, second)));
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("q", number.toLowerCase())
                .get("/api/v1/subscriptions")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(second));
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("limit", 1).get("/api/v1/subscriptions")
                .then().body("items", hasSize(1)).body("next", notNullValue());
    }

    @Test
    void poNumberChangeNeedsTheCurrentEtagAndKeepsTheHistory() {
        String id = active();
        String url = "/api/v1/subscriptions/" + id;
        String etag = as(tenant.admin()).get(url).then().extract().header("ETag");

        as(tenant.admin()).body("{\"poNumber\":\"PO-2\"}").put(url + "/po-number").then().statusCode(428);
        String next = as(tenant.admin()).header("If-Match", etag).body("{\"poNumber\":\"PO-2\"}").put(url + "/po-number")
                .then().statusCode(200).body("poNumber", equalTo("PO-2")).extract().header("ETag");
        as(tenant.admin()).header("If-Match", etag).body("{\"poNumber\":\"PO-3\"}").put(url + "/po-number")
                .then().statusCode(412);
        as(tenant.admin()).header("If-Match", next).body("{\"poNumber\":\"PO 3 <script>\"}").put(url + "/po-number")
                .then().statusCode(422).body("errors[0].field", equalTo("poNumber"));

        as(tenant.admin()).get(url + "/po-numbers")
                .then().statusCode(200)
                .body("poNumber", equalTo(java.util.List.of("PO-2", "PO-1")))
                .body("[0].changedByName", notNullValue());
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/po-number-changed'",
                tenant.admin().email()));
    }

    @Test
    void pendingSubscriptionCannotBeManaged() {
        String id = pending();
        String etag = as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().extract().header("ETag");
        as(tenant.admin()).header("If-Match", etag).body("{\"poNumber\":\"PO-9\"}").put("/api/v1/subscriptions/" + id + "/po-number")
                .then().statusCode(409).body("type", equalTo("/problems/subscription-not-manageable"))
                .body("detail", containsString("activate it first"));
        as(tenant.admin()).post("/api/v1/subscriptions/" + id + "/cancellation").then().statusCode(409);
    }

    @Test
    void cancellationCanBeUndoneUntilTheRenewalDate() {
        String id = active();
        String url = "/api/v1/subscriptions/" + id + "/cancellation";

        as(tenant.admin()).post(url).then().statusCode(200).body("status", equalTo("NON_RENEWING"))
                .body("actions.undoCancellation", equalTo(true)).body("actions.cancel", equalTo(false));
        as(tenant.admin()).post(url).then().statusCode(409).body("type", equalTo("/problems/invalid-transition"));
        as(tenant.admin()).delete(url).then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(tenant.admin()).post(url).then().statusCode(200);

        clock.advance(Duration.ofDays(367));
        as(tenant.admin()).delete(url).then().statusCode(409).body("detail", containsString("can no longer be undone"));
    }

    @Test
    void plainMemberManagingGets403AndDoesNotListTheSubscription() {
        String id = active();
        as(tenant.member()).get("/api/v1/subscriptions/" + id).then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        as(tenant.member()).post("/api/v1/subscriptions/" + id + "/cancellation").then().statusCode(403);
        as(tenant.member()).header("If-Match", "\"1\"").body("{\"poNumber\":\"PO-X\"}")
                .put("/api/v1/subscriptions/" + id + "/po-number").then().statusCode(403);
        as(tenant.member()).get("/api/v1/subscriptions").then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}
