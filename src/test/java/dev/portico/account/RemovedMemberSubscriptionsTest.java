package dev.portico.account;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody removed from a company keeps a right on its subscriptions. A company admin who removes a member takes over the
 * subscriptions the member administered (also one only waiting for them to claim it by email); a member leaving by
 * themselves is told to transfer them first.
 */
@QuarkusTest
class RemovedMemberSubscriptionsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    Fixtures.Tenant tenant;
    String product;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Handover GmbH");
        product = subscriptions.product();
    }

    @Test
    void theSubscriptionsARemovedMemberAdministeredPassToTheAdminWhoRemovesThem() {
        Fixtures.Person member = tenant.member();
        String active = activeSubscriptionOf(member);
        String seat = as(member).body("{\"email\":\"colleague@example.com\"}")
                .post("/api/v1/subscriptions/" + active + "/seats").then().statusCode(201).extract().path("id");
        String invoice = as(member).get("/api/v1/subscriptions/" + active + "/invoices").then().statusCode(200)
                .extract().path("[0].id");
        String pending = subscriptions.create(tenant.companyId(), product, member.email()); // not claimed yet
        String theAdminsOwn = subscriptions.create(tenant.companyId(), product, tenant.admin().email());
        Fixtures.Tenant elsewhere = fixtures.tenant("Elsewhere GmbH");
        fixtures.join(elsewhere.companyId(), member, dev.portico.platform.security.MembershipRole.MEMBER);
        String otherCompanys = subscriptions.create(elsewhere.companyId(), product, member.email());
        setLocale(tenant.admin(), "de");

        as(tenant.admin()).delete("/api/v1/companies/" + tenant.companyId() + "/members/" + member.id())
                .then().statusCode(204);

        for (String id : List.of(active, pending)) {
            as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                    .body("admin.email", equalTo(tenant.admin().email()))
                    .body("admin.userId", equalTo(tenant.admin().id().toString()));
            assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = "
                    + "'ADMIN_TRANSFERRED' and summary like ?2", id, "%who removed " + member.email() + "%"));
        }
        assertEquals(2L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = "
                + "'subscription/admin-taken-over' and subject like 'Sie sind jetzt Administrator%'", tenant.admin().email()));
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'MEMBER_REMOVED' "
                + "and summary like '%the admin right of SUB-%, SUB-% passed to%'", member.id().toString()));
        assertEquals(tenant.admin().email(), fixtures.single("select admin_email from subscription where id = ?1",
                UUID.fromString(theAdminsOwn)));
        assertEquals(member.email(), fixtures.single("select admin_email from subscription where id = ?1",
                UUID.fromString(otherCompanys)), "another company's subscriptions stay theirs");

        // no admin right is left: the first seat the member got at activation is a license, which only reads
        assertNoRights(member, active, invoice, true);
        assertNoRights(member, pending, invoice, false);
        forbidden(member, r -> r.post("/api/v1/seats/" + seat + "/revocation"));
        forbidden(member, r -> r.body("{\"validFrom\":\"" + LocalDate.now() + "\"}").put("/api/v1/seats/" + seat + "/period"));

        // once the new admin revokes that license too, the subscription is gone for them
        String license = fixtures.single("select cast(id as varchar) from seat where subscription_id = ?1 and email = ?2",
                UUID.fromString(active), member.email()).toString();
        as(tenant.admin()).post("/api/v1/seats/" + license + "/revocation").then().statusCode(200);
        assertNoRights(member, active, invoice, false);
        as(member).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(active)))
                .body("items.id", not(org.hamcrest.Matchers.hasItem(pending)))
                .body("items.id", org.hamcrest.Matchers.hasItem(otherCompanys));
    }

    @Test
    void aMemberAdministeringSubscriptionsCannotLeaveUntilTheyTransferTheAdminRight() {
        Fixtures.Person member = tenant.member();
        String active = activeSubscriptionOf(member);
        String pending = subscriptions.create(tenant.companyId(), product, member.email());
        String activeNumber = as(member).get("/api/v1/subscriptions/" + active).then().extract().path("number");
        String pendingNumber = as(member).get("/api/v1/subscriptions/" + pending).then().extract().path("number");
        String leave = "/api/v1/companies/" + tenant.companyId() + "/members/" + member.id();

        as(member).delete(leave).then().statusCode(409)
                .body("type", equalTo("/problems/administers-subscriptions"))
                .body("detail", containsString(activeNumber))
                .body("detail", containsString(pendingNumber))
                .body("detail", containsString("/admin-transfer"));
        assertEquals(1L, fixtures.count("select count(*) from membership where company_id = ?1 and user_id = ?2",
                tenant.companyId(), member.id()));

        as(member).body("{\"email\":\"" + tenant.admin().email() + "\"}").post("/api/v1/subscriptions/" + active + "/admin-transfer")
                .then().statusCode(200);
        as(member).delete(leave).then().statusCode(409)
                .body("detail", containsString(pendingNumber))
                .body("detail", not(containsString(activeNumber)));

        // a pending subscription's admin right cannot be transferred yet: a company admin removes the member instead
        as(tenant.admin()).delete(leave).then().statusCode(204);
        as(tenant.admin()).get("/api/v1/subscriptions/" + pending).then().body("admin.email", equalTo(tenant.admin().email()));
        forbidden(member, r -> r.body("{\"email\":\"friend@example.com\"}")
                .post("/api/v1/subscriptions/" + active + "/admin-transfer")); // they keep the license seat they had
        notFound(member, r -> r.get("/api/v1/subscriptions/" + pending));
    }

    @Test
    void aMemberWithoutSubscriptionsLeavesAsBefore() {
        as(tenant.member()).delete("/api/v1/companies/" + tenant.companyId() + "/members/" + tenant.member().id())
                .then().statusCode(204);
        assertTrue(fixtures.count("select count(*) from membership where user_id = ?1", tenant.member().id()) == 0);
    }

    private String activeSubscriptionOf(Fixtures.Person admin) {
        String id = subscriptions.create(tenant.companyId(), product, admin.email());
        as(admin).body("{\"agreementVersion\":1,\"language\":\"en\"}").post("/api/v1/subscriptions/" + id + "/activation")
                .then().statusCode(200);
        return id;
    }

    /**
     * Every subscription operation refuses the person: 404 as for a subscription that does not exist — or, while they
     * still hold a license seat on it, they may read it (without any action) and every other operation answers 403.
     */
    private void assertNoRights(Fixtures.Person person, String id, String invoice, boolean licenseHolder) {
        String base = "/api/v1/subscriptions/" + id;
        int refused = licenseHolder ? 403 : 404;
        int read = licenseHolder ? 200 : 404;
        answers(person, read, r -> r.get(base));
        answers(person, read, r -> r.get(base + "/accepted-agreement"));
        answers(person, read, r -> r.queryParam("language", "en").get(base + "/agreement"));
        if (licenseHolder) {
            as(person).get(base).then().body("actions.manage", equalTo(false)).body("actions.transferAdmin", equalTo(false))
                    .body("actions.cancel", equalTo(false)).body("actions.changePaymentMethod", equalTo(false));
        }
        answers(person, refused, r -> r.get(base + "/invoices"));
        answers(person, refused, r -> r.accept("application/pdf").get(base + "/invoices/" + invoice + "/pdf"));
        answers(person, refused, r -> r.get(base + "/seats"));
        answers(person, refused, r -> r.body("{\"email\":\"new@example.com\"}").post(base + "/seats"));
        answers(person, refused, r -> r.header("Idempotency-Key", UUID.randomUUID().toString()).contentType("text/csv")
                .body("email\nbulk@example.com\n").post(base + "/seat-imports"));
        answers(person, refused, r -> r.post(base + "/cancellation"));
        answers(person, refused, r -> r.delete(base + "/cancellation"));
        answers(person, refused, r -> r.body("{\"type\":\"INVOICE\"}").put(base + "/payment-method"));
        answers(person, refused, r -> r.header("If-Match", "*").body("{\"poNumber\":\"PO-X\"}").put(base + "/po-number"));
        answers(person, refused, r -> r.get(base + "/po-numbers"));
        answers(person, refused, r -> r.body("{\"email\":\"friend@example.com\"}").post(base + "/admin-transfer"));
        answers(person, refused, r -> r.body("{\"agreementVersion\":1,\"language\":\"en\"}").post(base + "/activation"));
    }

    private void notFound(Fixtures.Person person, Function<RequestSpecification, io.restassured.response.Response> call) {
        answers(person, 404, call);
    }

    private void forbidden(Fixtures.Person person, Function<RequestSpecification, io.restassured.response.Response> call) {
        answers(person, 403, call);
    }

    private void answers(Fixtures.Person person, int status,
            Function<RequestSpecification, io.restassured.response.Response> call) {
        io.restassured.response.Response response = call.apply(as(person));
        assertEquals(status, response.statusCode(), response.asString());
    }

    private void setLocale(Fixtures.Person person, String locale) {
        fixtures.count("with u as (update app_user set locale = ?1 where id = ?2 returning 1) select count(*) from u",
                locale, person.id());
    }
}
