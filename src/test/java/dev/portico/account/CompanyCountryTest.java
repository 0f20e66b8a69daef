package dev.portico.account;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.order.ShopFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The country is the company's tax country — it picks the price list and the VAT rate and is printed on invoices — so
 * a customer admin cannot change it (and with it their prices); back office does, with If-Match, audited.
 */
@QuarkusTest
class CompanyCountryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Tax Country GmbH");
    }

    String company() {
        return "/api/v1/companies/" + tenant.companyId();
    }

    String etag(Fixtures.Person who) {
        return as(who).get(company()).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aCustomerAdminCannotChangeTheTaxCountryButStillChangesEverythingElse() {
        as(tenant.admin()).header("If-Match", etag(tenant.admin())).body("{\"country\":\"PL\",\"name\":\"Cheaper Sp. z o.o.\"}")
                .patch(company()).then().statusCode(422)
                .body("errors[0].field", equalTo("country"))
                .body("errors[0].message", containsString("the vendor changes it — contact support"));
        as(tenant.admin()).get(company()).then().body("country", equalTo("DE")).body("name", equalTo(fixtures.single(
                "select name from company where id = ?1", tenant.companyId())));

        as(tenant.admin()).header("If-Match", etag(tenant.admin()))
                .body("{\"country\":\"DE\",\"name\":\"Renamed GmbH\",\"city\":\"Köln\",\"timeZone\":\"Europe/Vienna\"}")
                .patch(company()).then().statusCode(200)
                .body("country", equalTo("DE")).body("name", equalTo("Renamed GmbH")).body("city", equalTo("Köln"));
        assertEquals(0L, fixtures.count("select count(*) from audit_event where company_id = ?1 and summary like '%country%'",
                tenant.companyId()));
    }

    @Test
    void backOfficeChangesTheTaxCountryWithIfMatchAndTheShopFollows() {
        Fixtures.Person backoffice = catalog.backoffice();
        String country = company() + "/country";
        as(backoffice).body("{\"country\":\"PL\"}").put(country).then().statusCode(428);
        as(backoffice).header("If-Match", "\"999\"").body("{\"country\":\"PL\"}").put(country).then().statusCode(412);
        as(backoffice).header("If-Match", etag(backoffice)).body("{\"country\":\"XX\"}").put(country)
                .then().statusCode(422).body("errors[0].field", equalTo("country"));

        String etag = etag(backoffice);
        String changed = as(backoffice).header("If-Match", etag).body("{\"country\":\"PL\"}").put(country)
                .then().statusCode(200).body("country", equalTo("PL")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, changed);
        assertEquals(1L, fixtures.count("select count(*) from audit_event where company_id = ?1 and action = "
                + "'COMPANY_COUNTRY_CHANGED' and summary like '%from DE to PL%'", tenant.companyId()));

        // the company now buys at the Polish price with Polish VAT, billed to PL
        shop.add(tenant.admin(), tenant.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 1);
        as(tenant.admin()).get("/api/v1/carts/" + tenant.companyId()).then().body("total.currency", equalTo("PLN"))
                .body("total.amount", equalTo(4_920));
        // billed in Poland now: a Polish VAT number and postal code (a German one is refused for a PL company)
        shop.placeOrder(tenant.admin(), ShopFixtures.checkout(tenant.companyId(), "{\"method\":\"INVOICE\",\"poNumber\":\"PO-PL\"}")
                        .replace("DE999999995", "PL5260250274").replace("\"10115\"", "\"00-950\""))
                .then().statusCode(201).body("billing.country", equalTo("PL"));
    }

    @Test
    void onlyBackOfficeChangesTheCountry() {
        as(tenant.admin()).header("If-Match", etag(tenant.admin())).body("{\"country\":\"PL\"}").put(company() + "/country")
                .then().statusCode(403);
        Fixtures.Person backoffice = catalog.backoffice();
        as(backoffice).header("If-Match", "*").body("{\"country\":\"PL\"}")
                .put("/api/v1/companies/" + UUID.randomUUID() + "/country").then().statusCode(404);
        as(backoffice).get("/api/v1/companies/" + UUID.randomUUID()).then().statusCode(404);
        as(backoffice).get(company()).then().statusCode(200).body("actions.update", equalTo(false));
    }
}
