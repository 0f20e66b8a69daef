package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.portico.catalog.CatalogFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a paid order never voids its invoice: a credit note with its own number in the invoice series and
 * negative amounts cancels it, downloadable like the invoice and printed in the company's language; the mail says
 * how the money comes back. Only an unpaid invoice is void.
 */
@QuarkusTest
class CreditNoteTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Test
    void cancellingAPaidInvoiceOrderIssuesACreditNoteAndNeverVoidsTheInvoice() throws IOException {
        Fixtures.Tenant buyer = fixtures.tenant("Paid Invoice GmbH");
        JsonPath order = invoiceOrder(buyer);
        String id = order.getString("id");
        as(catalog.backoffice()).body("{\"reference\":\"Bank transfer 42\"}").post("/api/v1/orders/" + id + "/payment")
                .then().statusCode(200);

        JsonPath cancelled = as(buyer.admin()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("creditNoteNumber", matchesPattern("INV-\\d{4}-\\d{6}"))
                .extract().jsonPath();
        String invoice = order.getString("invoiceNumber");
        String creditNote = cancelled.getString("creditNoteNumber");
        assertNotEquals(invoice, creditNote, "a new number in the invoice series");
        assertEquals(invoice, cancelled.getString("invoiceNumber"));

        String pdf = pdfText(as(buyer.admin()).accept("application/pdf").get("/api/v1/orders/" + id + "/credit-note")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(creditNote + ".pdf"))
                .extract().asByteArray());
        for (String expected : new String[] {"Credit note " + creditNote, "Corrects invoice", invoice, "-20.00 EUR",
                "-3.80 EUR", "-23.80 EUR", "cancels the invoice named above in full"}) {
            assertTrue(pdf.contains(expected), "the credit note shows " + expected + ":\n" + pdf);
        }
        String original = pdfText(as(buyer.admin()).accept("application/pdf").get("/api/v1/orders/" + id + "/invoice")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(original.contains("Invoice " + invoice) && original.contains("23.80 EUR"), original);

        String mail = mailTo(buyer);
        assertTrue(mail.contains("Credit note " + creditNote + " cancels invoice " + invoice), mail);
        assertTrue(mail.contains("we pay 23.80 EUR back to you by bank transfer"), mail);
        assertFalse(mail.contains("void"), mail);
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'ORDER_CANCELLED'"
                + " and summary like ?2", id, "%credit note " + creditNote + "%"));
    }

    @Test
    void cancellingAnUnpaidInvoiceOrderVoidsTheInvoiceWithoutACreditNote() {
        Fixtures.Tenant buyer = fixtures.tenant("Unpaid Invoice GmbH");
        JsonPath order = invoiceOrder(buyer);
        String id = order.getString("id");
        as(buyer.admin()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(200)
                .body("creditNoteNumber", nullValue());
        as(buyer.admin()).accept("application/pdf").get("/api/v1/orders/" + id + "/credit-note").then().statusCode(404);
        String mail = mailTo(buyer);
        assertTrue(mail.contains("Invoice " + order.getString("invoiceNumber") + " is void: there is nothing to pay."), mail);
        assertFalse(mail.contains("Credit note"), mail);
    }

    @Test
    void aCardOrdersCancellationIssuesACreditNoteAndSaysWhereTheRefundGoes() {
        Fixtures.Tenant buyer = fixtures.tenant("Card Credit Note GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 2);
        String id = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(), CheckoutPaymentTest.CARD))
                .then().statusCode(201).extract().path("id");
        as(buyer.admin()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(200)
                .body("creditNoteNumber", matchesPattern("INV-\\d{4}-\\d{6}"));
        String mail = mailTo(buyer);
        assertTrue(mail.contains("23.80 EUR is refunded to Visa •••• 4242"), mail);
        as(fixtures.tenant("Nosy GmbH").admin()).accept("application/pdf").get("/api/v1/orders/" + id + "/credit-note")
                .then().statusCode(404);
        as(buyer.member()).accept("application/pdf").get("/api/v1/orders/" + id + "/credit-note").then().statusCode(403);
    }

    @Test
    void theCreditNoteAndTheMailAreInTheCompanysLanguage() throws IOException {
        Fixtures.Tenant buyer = fixtures.tenant("Storno GmbH", "de");
        shop.topUp(buyer.companyId(), 10_000);
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 2);
        JsonPath order = shop.placeOrder(buyer.admin(), ShopFixtures.credit(buyer.companyId())).then().statusCode(201)
                .extract().jsonPath();
        String id = order.getString("id");
        fixtures.count("with u as (update app_user set locale = 'de' where id = ?1 returning 1) select count(*) from u",
                buyer.admin().id());
        String creditNote = as(buyer.admin()).post("/api/v1/orders/" + id + "/cancellation").then().statusCode(200)
                .extract().path("creditNoteNumber");

        String pdf = pdfText(as(buyer.admin()).accept("application/pdf").get("/api/v1/orders/" + id + "/credit-note")
                .then().statusCode(200).extract().asByteArray());
        for (String expected : new String[] {"Stornorechnung " + creditNote, "Storniert Rechnung",
                order.getString("invoiceNumber"), "Gesamt", "-23.80 EUR"}) {
            assertTrue(pdf.contains(expected), "the credit note shows " + expected + ":\n" + pdf);
        }
        String mail = mailTo(buyer);
        assertTrue(mail.contains("Die Stornorechnung " + creditNote), mail);
        assertTrue(mail.contains("Prepaid-Guthaben"), mail);
    }

    private JsonPath invoiceOrder(Fixtures.Tenant buyer) {
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 2);
        return shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-CN\"}")).then().statusCode(201).extract().jsonPath();
    }

    private String mailTo(Fixtures.Tenant buyer) {
        return (String) fixtures.single("select text_body from outbox_message where recipient = ?1 "
                + "and template = 'order/cancelled'", buyer.admin().email());
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
