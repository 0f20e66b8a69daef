package dev.portico.seat;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import dev.portico.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk assignment from a CSV upload, row by row. The subscription has 3 licenses; its admin holds one. */
@QuarkusTest
class SeatImportTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    TestClock clock;

    Fixtures.Tenant tenant;
    String subscription;
    LocalDate today;
    String suffix;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("CSV GmbH");
        // does not renew: a seat may not outlast the term
        subscription = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email(), false);
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    io.restassured.response.Response upload(String csv, String mode) {
        var request = as(tenant.admin()).contentType("text/csv").body(csv);
        if (mode != null) {
            request = request.queryParam("mode", mode);
        }
        return request.post("/api/v1/subscriptions/" + subscription + "/seat-imports");
    }

    long seatCount() {
        return fixtures.count("select count(*) from seat where subscription_id = ?1", UUID.fromString(subscription));
    }

    @Test
    void goodFileAssignsEveryRow() {
        String csv = "email,validFrom,validUntil\n"
                + "a-" + suffix + "@example.com," + today + "," + today.plusDays(30) + "\n"
                + "B-" + suffix + "@Example.com,,\n";
        upload(csv, null).then().statusCode(200)
                .body("created", equalTo(2)).body("failed", equalTo(0))
                .body("rows.outcome", equalTo(java.util.List.of("CREATED", "CREATED")))
                .body("rows[1].email", equalTo("b-" + suffix + "@example.com"));
        assertEquals(3L, seatCount());
    }

    @Test
    void badEmailDatePastTheTermAndTooManySeatsAreReportedPerRowAndNothingIsWritten() {
        String csv = "email,validFrom,validUntil\n"
                + "not-an-email,,\n"
                + "c-" + suffix + "@example.com," + today + ",2999-01-01\n"
                + "d-" + suffix + "@example.com,yesterday,\n"
                + "e-" + suffix + "@example.com,,\n"
                + "f-" + suffix + "@example.com,,\n"
                + "g-" + suffix + "@example.com,,\n";
        upload(csv, null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rows[2].email"))
                .body("errors.field", hasItem("rows[3].validUntil"))
                .body("errors.field", hasItem("rows[4].validFrom"))
                .body("errors.field", hasItem("rows[7].validFrom"))
                .body("detail", containsString("nothing was changed"));
        assertEquals(1L, seatCount());
    }

    @Test
    void bestEffortAppliesTheGoodRowsAndReportsTheOthers() {
        String csv = "email,validFrom,validUntil\n"
                + "not-an-email,,\n"
                + "h-" + suffix + "@example.com,,\n"
                + "h-" + suffix + "@example.com,,\n";
        upload(csv, "BEST_EFFORT").then().statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(2))
                .body("rows[0].outcome", equalTo("FAILED"))
                .body("rows[0].errors[0].field", equalTo("email"))
                .body("rows[1].outcome", equalTo("CREATED"))
                .body("rows[2].errors[0].message", containsString("already has a seat"));
        assertEquals(2L, seatCount());
    }

    @Test
    void fileWithoutHeaderOrWithTooManyRowsIsRefusedAsAWhole() {
        upload("a@example.com,2026-01-01\n", null).then().statusCode(422).body("errors[0].field", equalTo("file"));
        StringBuilder big = new StringBuilder("email\n");
        for (int i = 0; i <= SeatImport.MAX_ROWS; i++) {
            big.append("x").append(i).append("@example.com\n");
        }
        upload(big.toString(), null).then().statusCode(422)
                .body("errors[0].message", containsString("more than 500 rows"));
        assertEquals(1L, seatCount());
    }

    @Test
    void plainMemberCannotUploadAndAnotherCompanyGets404() {
        as(tenant.member()).contentType("text/csv").body("email\nx@example.com\n")
                .post("/api/v1/subscriptions/" + subscription + "/seat-imports").then().statusCode(403);
        var other = fixtures.tenant("Other");
        as(other.admin()).contentType("text/csv").body("email\nx@example.com\n")
                .post("/api/v1/subscriptions/" + subscription + "/seat-imports").then().statusCode(404);
        assertEquals(1L, seatCount());
    }

    @Test
    void rowsAreListedInTheOrderOfTheFile() {
        String csv = "email\n" + "i-" + suffix + "@example.com\n";
        upload(csv, null).then().statusCode(200).body("rows", hasSize(1)).body("rows[0].row", equalTo(2));
    }
}
