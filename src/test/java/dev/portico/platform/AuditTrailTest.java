package dev.portico.platform;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    Fixtures fixtures;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Audit AG");
        for (int i = 0; i < 3; i++) {
            as(tenant.admin()).body("{\"email\":\"audit" + i + "-" + tenant.companyId().toString().substring(0, 6)
                            + "@example.com\",\"role\":\"MEMBER\"}")
                    .post("/api/v1/companies/" + tenant.companyId() + "/invitations").then().statusCode(201);
        }
        as(tenant.admin()).body("{\"role\":\"ADMIN\"}")
                .patch("/api/v1/companies/" + tenant.companyId() + "/members/" + tenant.member().id())
                .then().statusCode(200);
    }

    @Test
    void adminReadsTheTrailNewestFirstWithActorAndSummary() {
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("items[0].action", equalTo("MEMBER_ROLE_CHANGED"))
                .body("items[0].actorId", equalTo(tenant.admin().id().toString()))
                .body("items[0].actorName", notNullValue())
                .body("items[0].summary", notNullValue());
    }

    @Test
    void trailIsFilteredByActionAndPaged() {
        String next = as(tenant.admin()).queryParam("companyId", tenant.companyId())
                .queryParam("action", "MEMBER_INVITED").queryParam("limit", 2)
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.action", everyItem(equalTo("MEMBER_INVITED")))
                .extract().path("next");
        as(tenant.admin()).queryParam("companyId", tenant.companyId())
                .queryParam("action", "MEMBER_INVITED").queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void trailIsFilteredByTime() {
        as(tenant.admin()).queryParam("companyId", tenant.companyId())
                .queryParam("from", Instant.now().plusSeconds(3600).toString())
                .get("/api/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anotherCompanysTrailIs404() {
        var other = fixtures.tenant("Other");
        as(other.admin()).queryParam("companyId", tenant.companyId()).get("/api/v1/audit-events")
                .then().statusCode(404);
    }

    @Test
    void companyIdIsRequired() {
        as(tenant.admin()).get("/api/v1/audit-events")
                .then().statusCode(422).body("errors[0].field", equalTo("companyId"));
    }
}
