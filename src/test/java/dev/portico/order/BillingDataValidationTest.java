package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Billing data is checked where it is entered: a VAT number that does not fit the company's tax country (format,
 * check digit) and a postal code outside the country's format answer 422 naming the field in the caller's language,
 * and nothing is ordered or changed; valid ones are kept in their compact form.
 */
@QuarkusTest
class BillingDataValidationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    private static String checkout(UUID companyId, String taxId, String postalCode) {
        return """
                {"companyId":"%s","billingDataConfirmed":true,
                 "billing":{"name":"Rivenditore S.r.l.","street":"Via Roma 1","postalCode":"%s","city":"Milano","taxId":"%s"},
                 "payment":{"method":"CREDIT"}}""".formatted(companyId, postalCode, taxId);
    }

    /** An Italian reseller with credit and a product priced in Italy in its cart. */
    private Fixtures.Tenant italianBuyer() {
        Fixtures.Tenant buyer = fixtures.tenant("Rivenditore S.r.l.", "it");
        catalog.moveTo(buyer.companyId(), "IT");
        catalog.reseller(buyer.companyId(), 0);
        as(catalog.backoffice()).body("{\"rateBasisPoints\":2200}").put("/api/v1/catalog/tax-rates/IT").then().statusCode(200);
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CatalogFixtures.Made product = catalog.create("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"Library %s"},"variants":[{"code":"STANDARD",
                 "names":{"en":"Standard"},"prices":[{"country":"IT","price":{"amount":1000,"currency":"EUR"}}]}]}
                """.formatted(code, code));
        shop.topUp(buyer.companyId(), 10_000);
        shop.add(buyer.admin(), buyer.companyId(), product.variant(), 1);
        return buyer;
    }

    /** The person's profile language, which problems are written in. */
    private void speaks(Fixtures.Person person, String language) {
        fixtures.execute("update app_user set locale = ?1 where id = ?2", language, person.id());
    }

    @Test
    void anItalianCheckoutWithPartitaIvaIT123AndCapABCDEIsRefusedInItalianNamingBothFields() {
        Fixtures.Tenant buyer = italianBuyer();
        speaks(buyer.admin(), "it");
        as(buyer.admin()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(checkout(buyer.companyId(), "IT123", "ABCDE")).post("/api/v1/orders")
                .then().statusCode(422)
                .header("Content-Language", "it")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", containsInAnyOrder("billing.taxId", "billing.postalCode"))
                .body("errors.find { it.field == 'billing.taxId' }.message",
                        equalTo("non è una partita IVA valida (paese: Italia, ad esempio IT00743110157)"))
                .body("errors.find { it.field == 'billing.postalCode' }.message",
                        equalTo("non è un codice postale valido (paese: Italia, ad esempio 00184)"));
        assertEquals(0L, fixtures.count("select count(*) from customer_order where company_id = ?1", buyer.companyId()));
    }

    @Test
    void aPartitaIvaWithAWrongCheckDigitIsRefusedAndAValidOneIsAcceptedAndPrintedCompact() {
        Fixtures.Tenant buyer = italianBuyer();
        shop.placeOrder(buyer.admin(), checkout(buyer.companyId(), "IT00743110158", "20121"))
                .then().statusCode(422)
                .body("errors.field", contains("billing.taxId"))
                .body("errors[0].message", containsString("check digit"));

        shop.placeOrder(buyer.admin(), checkout(buyer.companyId(), "it 007 431 101 57", "20121"))
                .then().statusCode(201)
                .body("billing.taxId", equalTo("IT00743110157"))
                .body("billing.postalCode", equalTo("20121"));
    }

    @Test
    void aGermanBuyerReadsBothReasonsInGerman() {
        Fixtures.Tenant buyer = fixtures.tenant("Käufer GmbH");
        speaks(buyer.admin(), "de");
        as(buyer.admin()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                {"companyId":"%s","billingDataConfirmed":true,
                 "billing":{"name":"Käufer GmbH","street":"Hauptstraße 1","postalCode":"1011","city":"Berlin","taxId":"DE136695977"},
                 "payment":{"method":"CREDIT"}}""".formatted(buyer.companyId())).post("/api/v1/orders")
                .then().statusCode(422)
                .header("Content-Language", "de")
                .body("errors", hasSize(2))
                .body("errors.find { it.field == 'billing.taxId' }.message", containsString("falsche Prüfziffer"))
                .body("errors.find { it.field == 'billing.postalCode' }.message",
                        equalTo("ist keine gültige Postleitzahl (Land: Deutschland, zum Beispiel 10115)"));
    }

    @Test
    void anotherMemberStatesVatNumberIsRefusedForTheCompanysTaxCountry() {
        Fixtures.Tenant buyer = fixtures.tenant("Grenzgänger GmbH");
        shop.placeOrder(buyer.admin(), ShopFixtures.credit(buyer.companyId()).replace("DE999999995", "FR40303265045"))
                .then().statusCode(422)
                .body("errors.field", contains("billing.taxId"))
                .body("errors[0].message", containsString("another country"));
    }

    @Test
    void theCompanyProfileRefusesAWrongVatNumberAndPostalCodeAndKeepsValidOnesCompact() {
        Fixtures.Tenant tenant = fixtures.tenant("Profil GmbH");
        String company = "/api/v1/companies/" + tenant.companyId();
        String etag = as(tenant.admin()).get(company).then().statusCode(200).extract().header("ETag");
        speaks(tenant.admin(), "pl");
        as(tenant.admin()).header("If-Match", etag)
                .body("{\"taxId\":\"DE123\",\"postalCode\":\"ABCDE\"}").patch(company)
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("taxId", "postalCode"))
                .body("errors.find { it.field == 'postalCode' }.message",
                        equalTo("nie jest prawidłowym kodem pocztowym (kraj: Niemcy, np. 10115)"));
        assertEquals("DE999999995", fixtures.single("select tax_id from company where id = ?1", tenant.companyId()));

        as(tenant.admin()).header("If-Match", etag).body("{\"taxId\":\"de 136 695 976\",\"postalCode\":\"80331\"}")
                .patch(company).then().statusCode(200)
                .body("taxId", equalTo("DE136695976"))
                .body("postalCode", equalTo("80331"));
    }
}
