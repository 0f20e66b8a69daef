package dev.portico.subscription;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company-wide license overview: what a company admin reads (period, licenses, seats used and free today, holders,
 * invoice and subscription numbers), who may read it, paging, and the CSV export a spreadsheet opens safely.
 */
@QuarkusTest
class LicenseOverviewTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    Clock clock;

    Fixtures.Tenant tenant;
    String product;
    String subscription;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Übersicht GmbH", "de");
        product = subscriptions.product();
        subscription = subscriptions.create(tenant.companyId(), product, tenant.admin().email()); // 3 licenses
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"de\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
    }

    private String overview() {
        return "/api/v1/companies/" + tenant.companyId() + "/license-overview";
    }

    private void assign(String email, LocalDate from, LocalDate until) {
        as(tenant.admin()).body("{\"email\":\"" + email + "\",\"validFrom\":\"" + from + "\""
                + (until == null ? "" : ",\"validUntil\":\"" + until + "\"") + "}")
                .post("/api/v1/subscriptions/" + subscription + "/seats").then().statusCode(201);
    }

    @Test
    void anAdminSeesEverySubscriptionWithPeriodSeatsHoldersAndNumbers() {
        String colleague = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String later = "later-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assign(colleague, today, null);
        assign(later, today.plusDays(10), today.plusDays(20));
        String pending = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());

        JsonPath page = as(tenant.admin()).get(overview()).then().statusCode(200)
                .body("today", equalTo(today.toString()))
                .body("items", hasSize(2))
                .extract().jsonPath();
        String active = "items.find { it.subscriptionId == '" + subscription + "' }";
        assertEquals("ACTIVE", page.getString(active + ".status"));
        assertTrue(page.getString(active + ".subscriptionNumber").matches("SUB-\\d{6}"));
        assertEquals(today.toString(), page.getString(active + ".termStart"));
        assertEquals(today.plusYears(1).minusDays(1).toString(), page.getString(active + ".termEnd"));
        assertEquals(3, page.getInt(active + ".quantity"));
        assertEquals(2, page.getInt(active + ".seatsUsedToday"), "the admin's seat and the colleague's");
        assertEquals(1, page.getInt(active + ".seatsFreeToday"));
        assertEquals(List.of(tenant.admin().email(), colleague, later), page.getList(active + ".holders.email"));
        assertEquals(List.of(true, true, false), page.getList(active + ".holders.today"));
        List<String> invoices = page.getList(active + ".invoiceNumbers");
        assertEquals(1, invoices.size(), "the first term's invoice, issued at activation");
        assertTrue(invoices.get(0).matches("INV-\\d{4}-\\d{6}"), invoices.get(0));

        String waiting = "items.find { it.subscriptionId == '" + pending + "' }";
        assertEquals("PENDING_ACTIVATION", page.getString(waiting + ".status"));
        assertEquals(0, page.getInt(waiting + ".seatsUsedToday"));
        assertEquals(List.of(), page.getList(waiting + ".invoiceNumbers"));
    }

    @Test
    void aRevokedSeatIsFreeAndNoLongerListed() {
        String leaver = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assign(leaver, today, null);
        String seat = fixtures.single("select cast(id as varchar) from seat where email = ?1", leaver).toString();
        as(tenant.admin()).post("/api/v1/seats/" + seat + "/revocation").then().statusCode(200);
        as(tenant.admin()).get(overview()).then().statusCode(200)
                .body("items[0].seatsUsedToday", equalTo(1))
                .body("items[0].seatsFreeToday", equalTo(2))
                .body("items[0].holders.email", contains(tenant.admin().email()));
    }

    @Test
    void aPlainMemberIsRefusedAndAnotherCompanysAdminFindsNothing() {
        as(tenant.member()).get(overview()).then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        as(tenant.member()).accept("text/csv").get(overview() + "/export").then().statusCode(403);
        Fixtures.Tenant other = fixtures.tenant("Andere GmbH");
        as(other.admin()).get(overview()).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        as(other.admin()).accept("text/csv").get(overview() + "/export").then().statusCode(404);
        // and their own overview never shows this company's subscription
        as(other.admin()).get("/api/v1/companies/" + other.companyId() + "/license-overview").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        for (int i = 0; i < 4; i++) {
            subscriptions.create(tenant.companyId(), product, tenant.admin().email());
        }
        JsonPath first = as(tenant.admin()).queryParam("limit", 3).get(overview()).then().statusCode(200)
                .body("items", hasSize(3)).body("next", notNullValue()).extract().jsonPath();
        JsonPath second = as(tenant.admin()).queryParam("limit", 3).queryParam("cursor", first.getString("next"))
                .get(overview()).then().statusCode(200).body("items", hasSize(2)).body("next", nullValue())
                .extract().jsonPath();
        List<String> ids = new java.util.ArrayList<>(first.getList("items.subscriptionId"));
        ids.addAll(second.getList("items.subscriptionId"));
        assertEquals(5, ids.stream().distinct().count());
    }

    @Test
    void theCsvExportHasTheCallersHeadersEveryRowAndOpensSafelyInASpreadsheet() {
        fixtures.execute("update app_user set locale = 'de' where id = ?1", tenant.admin().id());
        String evil = as(subscriptions.backoffice()).body("{\"companyId\":\"" + tenant.companyId() + "\",\"productCode\":\""
                        + product + "\",\"productName\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"Klick\\\")\","
                        + "\"licenseQuantity\":2,\"termMonths\":12,\"autoRenew\":true,"
                        + "\"adminEmail\":\"" + tenant.admin().email() + "\"}")
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String evilNumber = fixtures.single("select number from subscription where id = ?1", UUID.fromString(evil)).toString();

        Response response = as(tenant.admin()).accept("text/csv").get(overview() + "/export");
        response.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"licenses-\\d{4}-\\d{2}-\\d{2}\\.csv\".*"));
        byte[] bytes = response.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");

        List<CSVRecord> records = parse(text);
        assertEquals(List.of("Abonnementnummer", "Produkt", "Status", "Laufzeitbeginn", "Laufzeitende",
                "Nächste Verlängerung", "Lizenzen", "Heute belegte Plätze", "Heute freie Plätze", "Inhaber",
                "Rechnungsnummern", "Bestellnummer"), records.get(0).toList());
        assertEquals(3, records.size());
        CSVRecord active = records.stream().filter(r -> !r.get(0).equals(evilNumber) && r.get(2).equals("Aktiv"))
                .findFirst().orElseThrow();
        assertEquals(List.of(today.toString(), today.plusYears(1).minusDays(1).toString(), "3", "1", "2"),
                List.of(active.get(3), active.get(4), active.get(6), active.get(7), active.get(8)));
        assertTrue(active.get(9).contains(tenant.admin().email()), active.get(9));
        assertTrue(active.get(10).matches("INV-\\d{4}-\\d{6}"), active.get(10));

        CSVRecord injected = records.stream().filter(r -> r.get(0).equals(evilNumber)).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"Klick\")", injected.get(1), "no formula runs");
        assertEquals("Aktivierung ausstehend", injected.get(2));
    }

    @Test
    void everyCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, LicenseOverviewCsv.safe(formula));
        }
        assertEquals("SUB-000001", LicenseOverviewCsv.safe("SUB-000001"));
        assertEquals("a=b", LicenseOverviewCsv.safe("a=b"));
    }

    @Test
    void theCsvHeadersExistInEveryLanguageAndAreTranslated() {
        java.util.Map<String, List<String>> headers = new java.util.HashMap<>();
        for (String language : List.of("en", "de", "fr", "it", "pl")) {
            String csv = new String(LicenseOverviewCsv.write(List.of(), java.util.Locale.forLanguageTag(language)),
                    StandardCharsets.UTF_8).substring(1);
            headers.put(language, parse(csv).get(0).toList());
        }
        for (String language : List.of("de", "fr", "it", "pl")) {
            List<String> english = headers.get("en");
            List<String> translated = headers.get(language);
            long same = java.util.stream.IntStream.range(0, english.size())
                    .filter(i -> english.get(i).equals(translated.get(i))).count();
            assertTrue(same <= 2, language + " leaves headers in English: " + translated); // "Status", "Produkt"/"Product"
        }
    }

    private static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
