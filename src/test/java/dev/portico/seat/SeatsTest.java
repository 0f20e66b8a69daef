package dev.portico.seat;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.subscription.SubscriptionFixtures;
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
class SeatsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    TestClock clock;

    @Inject
    SeatNoticeJob noticeJob;

    Fixtures.Tenant tenant;
    String product;
    String subscription;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Sitz GmbH", "de");
        product = subscriptions.product();
        subscription = subscriptions.create(tenant.companyId(), product, tenant.admin().email()); // 3 licenses
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"de\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String seats() {
        return "/api/v1/subscriptions/" + subscription + "/seats";
    }

    io.restassured.response.Response assign(String email, LocalDate from, LocalDate until) {
        return as(tenant.admin()).body("{\"email\":\"" + email + "\",\"validFrom\":\"" + from + "\""
                + (until == null ? "" : ",\"validUntil\":\"" + until + "\"") + "}").post(seats());
    }

    static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void activationGivesTheAdminTheFirstSeat() {
        as(tenant.admin()).get(seats())
                .then().statusCode(200)
                .body("quantity", equalTo(3))
                .body("usedToday", equalTo(1))
                .body("freeToday", equalTo(2))
                .body("nextFreeDate", equalTo(today.toString()))
                .body("seats", hasSize(1))
                .body("seats[0].email", equalTo(tenant.admin().email()))
                .body("seats[0].state", equalTo("ACTIVE"))
                .body("seats[0].validUntil", nullValue());
    }

    @Test
    void assignedSeatIsMailedClaimedAtSignInAndListedUnderMyLicenses() {
        String email = email("colleague");
        assign(email, today, today.plusDays(30))
                .then().statusCode(201).body("state", equalTo("INVITED")).body("actions.revoke", equalTo(true));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'seat/invitation'", email));

        String token = Tokens.token(UUID.randomUUID().toString(), email, true, "customer");
        as(token).get("/api/v1/me").then().statusCode(200);
        as(token).get("/api/v1/me/licenses")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].productCode", equalTo(product))
                .body("[0].validUntil", equalTo(today.plusDays(30).toString()))
                .body("[0].state", equalTo("ACTIVE"));
        as(token).queryParam("product", product).get("/api/v1/entitlements")
                .then().statusCode(200).body("entitled", equalTo(true))
                .body("validUntil", equalTo(today.plusDays(30).toString()));
    }

    @Test
    void lastSeatCannotBeTakenTwiceAndTheProblemNamesTheDays() {
        assign(email("b"), today, null).then().statusCode(201);
        assign(email("c"), today.plusDays(10), today.plusDays(20)).then().statusCode(201);

        assign(email("d"), today.plusDays(15), today.plusDays(40))
                .then().statusCode(409)
                .body("type", equalTo("/problems/no-free-seat"))
                .body("detail", containsString(today.plusDays(15) + " to " + today.plusDays(20)));
        assign(email("d"), today.plusDays(21), today.plusDays(40)).then().statusCode(201);
    }

    @Test
    void revokingEndsAccessNowAndFreesTheSeat() {
        String email = email("leaver");
        String seat = assign(email, today, null).then().statusCode(201).extract().path("id");
        String token = Tokens.token(UUID.randomUUID().toString(), email, true, "customer");
        as(token).get("/api/v1/me").then().statusCode(200);

        as(tenant.admin()).post("/api/v1/seats/" + seat + "/revocation")
                .then().statusCode(200).body("state", equalTo("REVOKED"));
        as(token).get("/api/v1/me/licenses").then().body("$", hasSize(0));
        as(token).queryParam("product", product).get("/api/v1/entitlements").then().body("entitled", equalTo(false));
        as(tenant.admin()).get(seats()).then().body("usedToday", equalTo(1));
        as(tenant.admin()).post("/api/v1/seats/" + seat + "/revocation").then().statusCode(409);
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'seat/revoked'", email));
    }

    @Test
    void periodChangeIsCheckedLikeAnAssignment() {
        assign(email("b"), today, null).then().statusCode(201);
        String seat = assign(email("c"), today.plusDays(5), today.plusDays(10)).then().extract().path("id");
        assign(email("d"), today.plusDays(11), today.plusDays(20)).then().statusCode(201);

        as(tenant.admin()).body("{\"validFrom\":\"" + today.plusDays(5) + "\",\"validUntil\":\"" + today.plusDays(12) + "\"}")
                .put("/api/v1/seats/" + seat + "/period")
                .then().statusCode(409).body("type", equalTo("/problems/no-free-seat"));
        as(tenant.admin()).body("{\"validFrom\":\"" + today.plusDays(3) + "\",\"validUntil\":\"" + today.plusDays(10) + "\"}")
                .put("/api/v1/seats/" + seat + "/period")
                .then().statusCode(200).body("validFrom", equalTo(today.plusDays(3).toString()));
    }

    @Test
    void startedSeatKeepsItsStart() {
        String seat = assign(email("b"), today, today.plusDays(10)).then().extract().path("id");
        as(tenant.admin()).body("{\"validFrom\":\"" + today.plusDays(1) + "\",\"validUntil\":\"" + today.plusDays(10) + "\"}")
                .put("/api/v1/seats/" + seat + "/period")
                .then().statusCode(422).body("errors[0].field", equalTo("validFrom"));
        as(tenant.admin()).body("{\"validFrom\":\"" + today + "\",\"validUntil\":null}")
                .put("/api/v1/seats/" + seat + "/period")
                .then().statusCode(200).body("validUntil", nullValue());
    }

    @Test
    void sameEmailCannotHoldOverlappingSeats() {
        String email = email("twice");
        assign(email, today, today.plusDays(10)).then().statusCode(201);
        assign(email, today.plusDays(5), null).then().statusCode(409).body("type", equalTo("/problems/seat-overlap"));
        assign(email.toUpperCase(), today.plusDays(11), null).then().statusCode(201);
    }

    @Test
    void invalidDatesAreFieldErrors() {
        assign(email("b"), today.minusDays(1), null).then().statusCode(422).body("errors[0].field", equalTo("validFrom"));
        assign(email("b"), today.plusDays(5), today.plusDays(4)).then().statusCode(422).body("errors[0].field", equalTo("validUntil"));
        as(tenant.admin()).body("{\"email\":\"not-an-email\"}").post(seats())
                .then().statusCode(422).body("errors[0].field", equalTo("email"));
    }

    @Test
    void seatEndsOnItsLastDay() {
        String email = email("short");
        assign(email, today, today.plusDays(2)).then().statusCode(201);
        String token = Tokens.token(UUID.randomUUID().toString(), email, true, "customer");
        as(token).get("/api/v1/me").then().statusCode(200);

        clock.advance(Duration.ofDays(2));
        as(token).queryParam("product", product).get("/api/v1/entitlements").then().body("entitled", equalTo(true));
        clock.advance(Duration.ofDays(1));
        as(token).queryParam("product", product).get("/api/v1/entitlements").then().body("entitled", equalTo(false));
        as(tenant.admin()).get(seats()).then().body("seats.state", hasItem("ENDED"));
    }

    @Test
    void memberHoldingASeatSeesTheSubscriptionButCannotManageIt() {
        assign(tenant.member().email(), today, null).then().statusCode(201);
        as(tenant.member()).get("/api/v1/me").then().statusCode(200);

        as(tenant.member()).get("/api/v1/subscriptions").then().statusCode(200).body("items.id", hasItem(subscription));
        as(tenant.member()).get("/api/v1/subscriptions/" + subscription)
                .then().statusCode(200).body("actions.manage", equalTo(false)).body("actions.cancel", equalTo(false));
        as(tenant.member()).post("/api/v1/subscriptions/" + subscription + "/cancellation").then().statusCode(403);
        as(tenant.member()).get("/api/v1/subscriptions/" + subscription + "/invoices").then().statusCode(403);
        as(tenant.member()).get(seats()).then().statusCode(403);
    }

    @Test
    void holderIsToldOnceThatTheLicenseEndsSoon() {
        String email = email("ending");
        assign(email, today, today.plusDays(10)).then().statusCode(201);
        String sql = "select count(*) from outbox_message where recipient = ?1 and template = 'seat/ending-soon'";

        noticeJob.sendEndingSoon();
        assertEquals(0L, fixtures.count(sql, email));
        clock.advance(Duration.ofDays(3));
        noticeJob.sendEndingSoon();
        noticeJob.sendEndingSoon();
        assertEquals(1L, fixtures.count(sql, email));
    }

    @Test
    void aSeatTheNoticeJobCannotProcessDoesNotHoldUpTheOthers() {
        Fixtures.Tenant broken = fixtures.tenant("Kaputt GmbH", "de");
        String brokenSubscription = subscriptions.create(broken.companyId(), product, broken.admin().email());
        as(broken.admin()).body("{\"agreementVersion\":1,\"language\":\"de\"}")
                .post("/api/v1/subscriptions/" + brokenSubscription + "/activation").then().statusCode(200);
        String stuck = email("stuck");
        as(broken.admin()).body("{\"email\":\"" + stuck + "\",\"validFrom\":\"" + today + "\",\"validUntil\":\"" + today.plusDays(3) + "\"}")
                .post("/api/v1/subscriptions/" + brokenSubscription + "/seats").then().statusCode(201);
        String told = email("told");
        assign(told, today, today.plusDays(3)).then().statusCode(201);
        String sql = "select count(*) from outbox_message where recipient = ?1 and template = 'seat/ending-soon'";
        // The company row was made inconsistent: a time zone that does not exist, so handling its seat throws.
        fixtures.update("update company set time_zone = 'Europe/Atlantis' where id = ?1", broken.companyId());
        try {
            noticeJob.sendEndingSoon();
            assertEquals(1L, fixtures.count(sql, told));
            assertEquals(0L, fixtures.count(sql, stuck), "rolled back and skipped");
            assertEquals(0L, fixtures.count("select count(*) from seat_notice n join seat s on s.id = n.seat_id where s.email = ?1", stuck),
                    "its notice is not claimed either");

            fixtures.update("update company set time_zone = 'Europe/Berlin' where id = ?1", broken.companyId());
            noticeJob.sendEndingSoon();
            assertEquals(1L, fixtures.count(sql, stuck), "tried again on the next run");
        } finally {
            fixtures.update("update company set time_zone = 'Europe/Berlin' where id = ?1", broken.companyId());
        }
    }

    @Test
    void integrationAsksAboutAnEmail() {
        String email = email("integrated");
        assign(email, today, null).then().statusCode(201);
        String integration = Tokens.integration();

        as(integration).queryParam("product", product).queryParam("email", email).get("/api/v1/entitlements")
                .then().statusCode(200).body("entitled", equalTo(true)).body("validUntil", nullValue())
                .body("subscriptionNumber", containsString("SUB-"));
        as(integration).queryParam("product", product).get("/api/v1/entitlements")
                .then().statusCode(422).body("errors[0].field", equalTo("email"));
        as(tenant.member()).queryParam("product", product).queryParam("email", email).get("/api/v1/entitlements")
                .then().statusCode(403);
        as(integration).queryParam("product", "OTHER").queryParam("email", email).get("/api/v1/entitlements")
                .then().body("entitled", equalTo(false));
    }

    @Test
    void plainMemberManagingSeatsGets403AndAnotherCompany404() {
        String seat = assign(email("b"), today, null).then().extract().path("id");
        as(tenant.member()).get(seats()).then().statusCode(403);
        as(tenant.member()).body("{\"email\":\"x@example.com\"}").post(seats()).then().statusCode(403);
        as(tenant.member()).post("/api/v1/seats/" + seat + "/revocation").then().statusCode(403);

        var other = fixtures.tenant("Other");
        as(other.admin()).get(seats()).then().statusCode(404);
        as(other.admin()).body("{\"email\":\"x@example.com\"}").post(seats()).then().statusCode(404);
        as(other.admin()).post("/api/v1/seats/" + seat + "/revocation").then().statusCode(404);
        as(other.admin()).body("{\"validFrom\":\"" + today + "\"}").put("/api/v1/seats/" + seat + "/period").then().statusCode(404);
        as(other.admin()).post("/api/v1/seats/" + UUID.randomUUID() + "/revocation").then().statusCode(404);
        as(other.admin()).get("/api/v1/me/licenses").then().statusCode(200).body("seatId", not(hasItem(seat)));
    }
}
