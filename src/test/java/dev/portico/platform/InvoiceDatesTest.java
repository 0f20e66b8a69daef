package dev.portico.platform;

import static dev.portico.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.portico.catalog.CatalogFixtures;
import dev.portico.order.ShopFixtures;
import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import dev.portico.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Invoice dates and the year in invoice (and order) numbers are the buyer company's, in its time zone: 23:30 UTC on
 * New Year's Eve is already the new year in Warsaw and still the old one in New York.
 */
@QuarkusTest
class InvoiceDatesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOrderAtHalfPastElevenUtcOnNewYearsEveIsInvoicedInTheNewYearInWarsaw() throws IOException {
        Fixtures.Tenant buyer = tenantIn("Europe/Warsaw");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        at("2026-12-31T23:30:00Z"); // 00:30 on 1 January 2027 in Warsaw

        JsonPath order = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-NY\"}")).then().statusCode(201).extract().jsonPath();
        assertTrue(order.getString("invoiceNumber").startsWith("INV-2027-"), order.getString("invoiceNumber"));
        assertTrue(order.getString("number").startsWith("ORD-2027-"), order.getString("number"));
        String pdf = pdfText(as(buyer.admin()).accept("application/pdf")
                .get("/api/v1/orders/" + order.getString("id") + "/invoice").then().statusCode(200).extract().asByteArray());
        assertTrue(pdf.contains("2027-01-01"), pdf);
    }

    @Test
    void anOrderLateOnNewYearsEveInNewYorkStaysInTheOldYearThoughUtcHasTurned() {
        Fixtures.Tenant buyer = tenantIn("America/New_York");
        shop.add(buyer.admin(), buyer.companyId(), catalog.oneTime(1_000).variant(), 1);
        at("2027-01-01T02:00:00Z"); // 21:00 on 31 December 2026 in New York

        String invoice = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-NY\"}")).then().statusCode(201).extract().path("invoiceNumber");
        assertTrue(invoice.startsWith("INV-2026-"), invoice);
        assertEquals(java.time.LocalDate.parse("2026-12-31"), fixtures.single(
                "select invoice_date from customer_order where invoice_number = ?1", invoice));
    }

    @Test
    void aSubscriptionActivatedJustAfterMidnightInWarsawIsInvoicedOnNewYearsDay() throws IOException {
        Fixtures.Tenant tenant = tenantIn("Europe/Warsaw");
        String product = subscriptions.product();
        at("2026-12-31T23:30:00Z");
        String id = as(subscriptions.backoffice())
                .body("{\"companyId\":\"" + tenant.companyId() + "\",\"productCode\":\"" + product
                        + "\",\"productName\":\"Zone Suite\",\"licenseQuantity\":1,\"autoRenew\":true,"
                        + "\"adminEmail\":\"" + tenant.admin().email()
                        + "\",\"unitPrice\":{\"amount\":10000,\"currency\":\"EUR\"},\"taxRateBasisPoints\":2300}")
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + id + "/activation").then().statusCode(200);

        JsonPath invoice = as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(invoice.getString("[0].number").startsWith("INV-2027-"), invoice.getString("[0].number"));
        assertEquals("2027-01-01", invoice.getString("[0].issueDate"));
        String pdf = pdfText(as(tenant.admin()).accept("application/pdf")
                .get("/api/v1/subscriptions/" + id + "/invoices/" + invoice.getString("[0].id") + "/pdf")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(pdf.contains("2027-01-01"), pdf);
    }

    private Fixtures.Tenant tenantIn(String zone) {
        Fixtures.Tenant tenant = fixtures.tenant("Zone " + zone.replace('/', ' '));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update company set time_zone = :zone where id = :id")
                .setParameter("zone", zone).setParameter("id", tenant.companyId()).executeUpdate());
        return tenant;
    }

    private void at(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
