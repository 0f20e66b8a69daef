package dev.portico.subscription;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin right handed to someone outside the company: invited, pending, taken over at their first sign-in. */
@QuarkusTest
class AdminTransferTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    Fixtures.Tenant tenant;
    String id;
    String transfer;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Übergabe GmbH", "de");
        id = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"de\"}")
                .post("/api/v1/subscriptions/" + id + "/activation").then().statusCode(200);
        transfer = "/api/v1/subscriptions/" + id + "/admin-transfer";
    }

    static String newEmail() {
        return "new-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A person signing in (the SPA's first call) with a verified email; the same subject every time. */
    static String person(String email) {
        return Tokens.token("sub-" + email, email, true, "customer");
    }

    long count(String sql, Object... params) {
        return fixtures.count(sql, params);
    }

    @Test
    void aNewEmailIsInvitedAndTheAdminStaysAdminUntilTheySignIn() {
        String email = newEmail();
        as(tenant.admin()).body("{\"email\":\"" + email.toUpperCase() + "\"}").post(transfer)
                .then().statusCode(200)
                .body("admin.email", equalTo(tenant.admin().email()))
                .body("admin.pending", equalTo(false))
                .body("pendingAdminTransfer.email", equalTo(email))
                .body("pendingAdminTransfer.requestedAt", notNullValue())
                .body("pendingAdminTransfer.requestedByName", notNullValue())
                .body("actions.withdrawAdminTransfer", equalTo(true));

        assertEquals(1L, count("select count(*) from invitation where company_id = ?1 and email = ?2 and status = 'PENDING'"
                + " and role = 'MEMBER'", tenant.companyId(), email));
        // the invitation mail, in the company's language, names the subscription and leads to it
        assertEquals(1L, count("select count(*) from outbox_message where recipient = ?1 and template = 'account/invitation'",
                email));
        String body = fixtures.single("select text_body from outbox_message where recipient = ?1", email).toString();
        String subject = fixtures.single("select subject from outbox_message where recipient = ?1", email).toString();
        assertTrue(subject.contains("hat Sie zu"), subject);
        String number = as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().extract().path("number");
        assertTrue(body.contains(number) && body.contains("Administrator") && body.contains("/subscriptions/" + id), body);
        assertEquals(0L, count("select count(*) from outbox_message where template like 'subscription/admin-transfer%'"
                + " and (recipient = ?1 or recipient = ?2)", email, tenant.admin().email()));
        // nobody new manages it yet
        as(person(email)).get("/api/v1/subscriptions/" + id).then().statusCode(404);

        as(person(email)).get("/api/v1/me").then().statusCode(200)
                .body("companies.companyId", hasItem(tenant.companyId().toString()));
        as(person(email)).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("admin.email", equalTo(email))
                .body("admin.pending", equalTo(false))
                .body("actions.manage", equalTo(true))
                .body("actions.transferAdmin", equalTo(true))
                .body("pendingAdminTransfer", nullValue());
        as(person(email)).get("/api/v1/subscriptions").then().body("items.id", hasItem(id));
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("admin.email", equalTo(email));

        assertEquals(1L, count("select count(*) from admin_transfer where subscription_id = ?1 and status = 'COMPLETED'",
                UUID.fromString(id)));
        assertEquals(1L, count("select count(*) from outbox_message where recipient = ?1"
                + " and template = 'subscription/admin-transfer-received'", email));
        assertEquals(1L, count("select count(*) from outbox_message where recipient = ?1"
                + " and template = 'subscription/admin-transfer-sent'", tenant.admin().email()));
        assertEquals(1L, count("select count(*) from audit_event where resource_id = ?1 and action = 'ADMIN_TRANSFER_REQUESTED'",
                id));
        assertEquals(1L, count("select count(*) from audit_event where resource_id = ?1 and action = 'ADMIN_TRANSFERRED'",
                id));

        // signing in again changes nothing
        as(person(email)).get("/api/v1/me").then().statusCode(200);
        assertEquals(1L, count("select count(*) from outbox_message where recipient = ?1"
                + " and template = 'subscription/admin-transfer-received'", email));
    }

    @Test
    void anUnverifiedEmailTakesNothingOver() {
        String email = newEmail();
        as(tenant.admin()).body("{\"email\":\"" + email + "\"}").post(transfer).then().statusCode(200);
        String unverified = Tokens.token("sub-" + email, email, false, "customer");
        as(unverified).get("/api/v1/me").then().statusCode(200).body("companies", hasSize(0));
        as(unverified).get("/api/v1/subscriptions/" + id).then().statusCode(404);
        as(tenant.admin()).get("/api/v1/subscriptions/" + id)
                .then().body("admin.email", equalTo(tenant.admin().email()))
                .body("pendingAdminTransfer.email", equalTo(email));
    }

    @Test
    void askingAgainForThePendingTransferChangesNothing() {
        String email = newEmail();
        String etag = as(tenant.admin()).body("{\"email\":\"" + email + "\"}").post(transfer)
                .then().statusCode(200).extract().header("ETag");
        as(tenant.admin()).body("{\"email\":\"" + email + "\"}").post(transfer)
                .then().statusCode(200).header("ETag", equalTo(etag));
        assertEquals(1L, count("select count(*) from invitation where email = ?1", email));
        assertEquals(1L, count("select count(*) from outbox_message where recipient = ?1", email));
        assertEquals(1L, count("select count(*) from admin_transfer where email = ?1", email));
    }

    @Test
    void aSecondTransferReplacesTheFirstAndItsInvitation() {
        String first = newEmail();
        String second = newEmail();
        as(tenant.admin()).body("{\"email\":\"" + first + "\"}").post(transfer).then().statusCode(200);
        as(tenant.admin()).body("{\"email\":\"" + second + "\"}").post(transfer)
                .then().statusCode(200).body("pendingAdminTransfer.email", equalTo(second));

        assertEquals(1L, count("select count(*) from invitation where email = ?1 and status = 'REVOKED'", first));
        assertEquals(1L, count("select count(*) from admin_transfer where email = ?1 and status = 'REPLACED'", first));
        as(person(first)).get("/api/v1/me").then().body("companies", hasSize(0));
        as(person(first)).get("/api/v1/subscriptions/" + id).then().statusCode(404);

        // a member chosen from the list takes over at once, and the pending one is replaced
        as(tenant.admin()).body("{\"email\":\"" + tenant.member().email() + "\"}").post(transfer)
                .then().statusCode(200)
                .body("admin.email", equalTo(tenant.member().email()))
                .body("pendingAdminTransfer", nullValue());
        assertEquals(1L, count("select count(*) from invitation where email = ?1 and status = 'REVOKED'", second));
        as(person(second)).get("/api/v1/me").then().body("companies", hasSize(0));
    }

    @Test
    void aWithdrawnTransferLetsNobodyIn() {
        String email = newEmail();
        as(tenant.admin()).body("{\"email\":\"" + email + "\"}").post(transfer).then().statusCode(200);
        as(tenant.admin()).delete(transfer).then().statusCode(200)
                .body("pendingAdminTransfer", nullValue())
                .body("actions.withdrawAdminTransfer", equalTo(false))
                .body("admin.email", equalTo(tenant.admin().email()));
        as(tenant.admin()).delete(transfer).then().statusCode(200); // nothing pending: nothing to do

        assertEquals(1L, count("select count(*) from invitation where email = ?1 and status = 'REVOKED'", email));
        assertEquals(1L, count("select count(*) from audit_event where resource_id = ?1 and action = 'ADMIN_TRANSFER_WITHDRAWN'",
                id));
        as(person(email)).get("/api/v1/me").then().body("companies", hasSize(0));
        as(person(email)).get("/api/v1/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void aSubscriptionAdminWhoIsNoCompanyAdminCannotInviteSomeoneNew() {
        as(tenant.admin()).body("{\"email\":\"" + tenant.member().email() + "\"}").post(transfer).then().statusCode(200);

        as(tenant.member()).body("{\"email\":\"" + newEmail() + "\"}").post(transfer)
                .then().statusCode(403)
                .body("type", equalTo("/problems/admin-transfer-needs-company-admin"));
        assertEquals(0L, count("select count(*) from admin_transfer where subscription_id = ?1", UUID.fromString(id)));
        // a member of the company is theirs to choose
        as(tenant.member()).body("{\"email\":\"" + tenant.admin().email() + "\"}").post(transfer)
                .then().statusCode(200).body("admin.email", equalTo(tenant.admin().email()));
    }

    @Test
    void theInvitationMailReusesAnOpenInvitation() {
        String email = newEmail();
        as(tenant.admin()).body("{\"email\":\"" + email + "\",\"role\":\"ADMIN\"}")
                .post("/api/v1/companies/" + tenant.companyId() + "/invitations").then().statusCode(201);
        as(tenant.admin()).body("{\"email\":\"" + email + "\"}").post(transfer).then().statusCode(200);
        assertEquals(1L, count("select count(*) from invitation where email = ?1", email));
        as(tenant.admin()).delete(transfer).then().statusCode(200);
        // the company admin's own invitation was not the transfer's to withdraw
        assertEquals(1L, count("select count(*) from invitation where email = ?1 and status = 'PENDING'", email));
        as(person(email)).get("/api/v1/me").then().body("companies[0].role", equalTo("ADMIN"));
        as(person(email)).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("admin.email", not(equalTo(email)));
    }

    @Test
    void aCancelledSubscriptionNeitherRenewsNorShowsARenewalDate() {
        as(tenant.admin()).post("/api/v1/subscriptions/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("NON_RENEWING"))
                .body("autoRenew", equalTo(false))
                .body("nextRenewalDate", nullValue())
                .body("termEnd", notNullValue());
        String termEnd = as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().extract().path("termEnd");
        String subject = fixtures.single("select subject from outbox_message where recipient = ?1"
                + " and template = 'subscription/cancellation-scheduled'", tenant.admin().email()).toString();
        assertTrue(subject.contains(termEnd), subject + " names the last day " + termEnd);
        as(tenant.admin()).delete("/api/v1/subscriptions/" + id + "/cancellation").then().statusCode(200)
                .body("autoRenew", equalTo(true)).body("nextRenewalDate", notNullValue())
                .body("nextRenewalDate", not(containsString(termEnd)));
    }
}
