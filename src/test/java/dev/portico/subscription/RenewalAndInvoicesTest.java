package dev.portico.subscription;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.portico.support.Fixtures;
import dev.portico.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RenewalAndInvoicesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    SubscriptionLifecycleJob job;

    @Inject
    TestClock clock;

    Fixtures.Tenant tenant;
    String product;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Rechnung GmbH", "de");
        product = subscriptions.product();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An active subscription: 3 licenses at 129.00 EUR, 19 % VAT, PO-1, auto-renewing unless said. */
    String active(boolean autoRenew) {
        String id = as(subscriptions.backoffice())
                .body("{\"companyId\":\"" + tenant.companyId() + "\",\"productCode\":\"" + product
                        + "\",\"productName\":\"Żółć Suite\",\"licenseQuantity\":3,\"autoRenew\":" + autoRenew
                        + ",\"poNumber\":\"PO-1\",\"adminEmail\":\"" + tenant.admin().email()
                        + "\",\"unitPrice\":{\"amount\":12900,\"currency\":\"EUR\"},\"taxRateBasisPoints\":1900}")
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"de\"}")
                .post("/api/v1/subscriptions/" + id + "/activation").then().statusCode(200);
        return id;
    }

    @Test
    void activationIssuesTheFirstInvoiceWithTax() {
        String id = active(true);
        as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].net.amount", equalTo(38700))
                .body("[0].tax.amount", equalTo(7353))
                .body("[0].total.amount", equalTo(46053))
                .body("[0].total.currency", equalTo("EUR"))
                .body("[0].poNumber", equalTo("PO-1"));
    }

    @Test
    void renewalStartsANewTermWithANewInvoice() {
        String id = active(true);
        String termEnd = as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().extract().path("termEnd");

        clock.advance(Duration.ofDays(364));
        job.renewDue();
        as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices").then().body("$", hasSize(1));

        clock.advance(Duration.ofDays(2));
        job.renewDue();
        LocalDate newStart = LocalDate.parse(termEnd).plusDays(1);
        as(tenant.admin()).get("/api/v1/subscriptions/" + id)
                .then().body("status", equalTo("ACTIVE"))
                .body("termStart", equalTo(newStart.toString()))
                .body("termEnd", equalTo(newStart.plusMonths(12).minusDays(1).toString()));
        as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices")
                .then().body("$", hasSize(2)).body("[0].periodStart", equalTo(newStart.toString()));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = 'subscription/renewed'",
                tenant.admin().email()));
    }

    @Test
    void cancelledSubscriptionEndsAtTheRenewalDateWithoutInvoice() {
        String id = active(true);
        as(tenant.admin()).post("/api/v1/subscriptions/" + id + "/cancellation").then().statusCode(200);

        clock.advance(Duration.ofDays(367));
        job.renewDue();
        as(tenant.admin()).get("/api/v1/subscriptions/" + id)
                .then().body("status", equalTo("ENDED")).body("nextRenewalDate", nullValue())
                .body("actions.manage", equalTo(false));
        as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices").then().body("$", hasSize(1));
        as(tenant.admin()).delete("/api/v1/subscriptions/" + id + "/cancellation").then().statusCode(409);
    }

    @Test
    void subscriptionWithoutAutoRenewEndsAtItsRenewalDate() {
        String id = active(false);
        clock.advance(Duration.ofDays(367));
        job.renewDue();
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("status", equalTo("ENDED"));
    }

    @Test
    void invoicePdfHasNumberPartiesPoNumberAndTotalsInTheCompanysLanguage() throws Exception {
        String id = active(true);
        String invoiceId = as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices").then().extract().path("[0].id");
        String number = as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices").then().extract().path("[0].number");

        byte[] pdf = as(tenant.admin()).accept("application/pdf")
                .get("/api/v1/subscriptions/" + id + "/invoices/" + invoiceId + "/pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(number + ".pdf"))
                .extract().asByteArray();

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        for (String expected : new String[] {number, "Portico Demo Vendor GmbH", "Rechnung GmbH", "PO-1", "Żółć Suite",
                "387.00 EUR", "73.53 EUR", "460.53 EUR", "Rechnung " + number, "USt. 19 %", "Leistungszeitraum"}) {
            assertTrue(text.contains(expected), "the PDF shows " + expected + ":\n" + text);
        }
    }

    @Test
    void anotherCompanysInvoiceIsNotFound() {
        String id = active(true);
        String invoiceId = as(tenant.admin()).get("/api/v1/subscriptions/" + id + "/invoices").then().extract().path("[0].id");
        var other = fixtures.tenant("Other");
        as(other.admin()).get("/api/v1/subscriptions/" + id + "/invoices").then().statusCode(404);
        as(other.admin()).accept("application/pdf").get("/api/v1/subscriptions/" + id + "/invoices/" + invoiceId + "/pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void activationRemindersGoOutOnceBeforeTheDeadline() {
        String id = subscriptions.create(tenant.companyId(), product, tenant.admin().email());
        String template = "subscription/activation-reminder";
        String sql = "select count(*) from outbox_message where recipient = ?1 and template = '" + template + "'";

        job.sendNotices();
        assertEquals(0L, fixtures.count(sql, tenant.admin().email()), "no reminder 90 days before");
        clock.advance(Duration.ofDays(61));
        job.sendNotices();
        job.sendNotices();
        assertEquals(1L, fixtures.count(sql, tenant.admin().email()), "the 30-day reminder, once");
        clock.advance(Duration.ofDays(24));
        job.sendNotices();
        assertEquals(2L, fixtures.count(sql, tenant.admin().email()), "and the 7-day one");
        assertEquals(2L, fixtures.count("select count(*) from subscription_notice where subscription_id = ?1",
                java.util.UUID.fromString(id)));
    }

    @Test
    void renewalNoticeGoesOutOnce30DaysBefore() {
        active(true);
        String sql = "select count(*) from outbox_message where recipient = ?1 and template = 'subscription/renewal-upcoming'";
        clock.advance(Duration.ofDays(300));
        job.sendNotices();
        assertEquals(0L, fixtures.count(sql, tenant.admin().email()));
        clock.advance(Duration.ofDays(40));
        job.sendNotices();
        job.sendNotices();
        assertEquals(1L, fixtures.count(sql, tenant.admin().email()));
    }
}
