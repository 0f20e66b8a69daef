package dev.portico.account;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompanyTest {

    @Inject
    Fixtures fixtures;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Etag GmbH");
    }

    String company() {
        return "/api/v1/companies/" + tenant.companyId();
    }

    @Test
    void memberReadsDetailsWithoutAdminActions() {
        as(tenant.member()).get(company())
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("country", equalTo("DE"))
                .body("kind", equalTo("CUSTOMER"))
                .body("actions.update", equalTo(false))
                .body("actions.viewAuditTrail", equalTo(false));
    }

    @Test
    void updateWithTheCurrentEtagSucceedsAndChangesTheEtag() {
        String etag = as(tenant.admin()).get(company()).then().extract().header("ETag");

        String newEtag = as(tenant.admin()).header("If-Match", etag).body("{\"name\":\"Renamed GmbH\",\"timeZone\":\"Europe/Vienna\"}")
                .patch(company())
                .then().statusCode(200)
                .body("name", equalTo("Renamed GmbH"))
                .body("timeZone", equalTo("Europe/Vienna"))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);
    }

    @Test
    void updateWithAStaleEtagIs412AndChangesNothing() {
        String etag = as(tenant.admin()).get(company()).then().extract().header("ETag");
        as(tenant.admin()).header("If-Match", etag).body("{\"name\":\"First\"}").patch(company()).then().statusCode(200);

        as(tenant.admin()).header("If-Match", etag).body("{\"name\":\"Second\"}").patch(company())
                .then().statusCode(412).body("type", equalTo("/problems/precondition-failed"));
        as(tenant.admin()).get(company()).then().body("name", equalTo("First"));
    }

    @Test
    void updateWithoutIfMatchIs428() {
        as(tenant.admin()).body("{\"name\":\"X\"}").patch(company())
                .then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
    }

    @Test
    void invalidCountryAndTimeZoneAreFieldErrors() {
        String etag = as(tenant.admin()).get(company()).then().extract().header("ETag");
        as(tenant.admin()).header("If-Match", etag).body("{\"country\":\"de\"}").patch(company())
                .then().statusCode(422).body("errors[0].field", equalTo("country"));
        as(tenant.admin()).header("If-Match", etag).body("{\"timeZone\":\"Mars/Olympus\"}").patch(company())
                .then().statusCode(422).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void kindCannotBeChangedByACustomer() {
        String etag = as(tenant.admin()).get(company()).then().extract().header("ETag");
        as(tenant.admin()).header("If-Match", etag).body("{\"kind\":\"RESELLER\"}").patch(company())
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("kind"));
        as(tenant.admin()).get(company()).then().body("kind", equalTo("CUSTOMER"));
    }
}
