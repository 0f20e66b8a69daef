package dev.portico.account;

import static dev.portico.support.Api.anonymous;
import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.portico.support.Fixtures;
import dev.portico.support.RecordingDriver;
import dev.portico.support.SupportFixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Back office and support agents find companies by name or tax ID as they type; customers never can. */
@QuarkusTest
class CompanySearchTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SupportFixtures support;

    private Fixtures.Person backoffice() {
        return fixtures.person("backoffice", "backoffice");
    }

    @Test
    void backOfficeFindsACompanyByAnyPartOfItsNameInAnyCase() {
        String word = "Quokka" + UUID.randomUUID().toString().substring(0, 6);
        UUID company = fixtures.company(word + " Partners S.r.l.", "it");
        List<String> ids = as(backoffice()).queryParam("q", word.toLowerCase().substring(2) + " partners")
                .get("/api/v1/companies").then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(company.toString()), ids);
        as(backoffice()).queryParam("q", word.toUpperCase()).get("/api/v1/companies").then().statusCode(200)
                .body("items[0].name", equalTo(fixtures.single("select name from company where id = ?1", company)))
                .body("items[0].kind", equalTo("CUSTOMER"))
                .body("items[0].country", equalTo("DE"));
    }

    @Test
    void aTaxIdIsFoundWithOrWithoutItsSpacesAndDashes() {
        String digits = String.valueOf(100_000_000L + (long) (Math.random() * 800_000_000L));
        UUID company = fixtures.company("Tax Id Finder", "de");
        fixtures.execute("update company set tax_id = ?1 where id = ?2", "DE" + digits, company);
        for (String typed : List.of("DE" + digits, "de " + digits.substring(0, 3) + "-" + digits.substring(3), digits.substring(2))) {
            // digits typed without the country may also be part of another test company's random tax ID
            as(support.agent()).queryParam("q", typed).get("/api/v1/companies").then().statusCode(200)
                    .body("items.id", hasItem(company.toString()));
        }
    }

    @Test
    void pagesFollowTheNameWithoutGapsOrRepeats() {
        String word = "Pager" + UUID.randomUUID().toString().substring(0, 6);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(fixtures.company(word + " " + (char) ('E' - i), "en").toString());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(backoffice()).queryParam("q", word).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/companies").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(List.of(made.get(4), made.get(3), made.get(2), made.get(1), made.get(0)), seen);
    }

    @Test
    void customersAndIntegrationsCanNeverSearchCompanies() {
        Fixtures.Tenant tenant = fixtures.tenant("Curious Customer GmbH");
        as(tenant.admin()).queryParam("q", "GmbH").get("/api/v1/companies").then().statusCode(403);
        as(tenant.member()).get("/api/v1/companies").then().statusCode(403);
        as(Tokens.integration()).queryParam("q", "GmbH").get("/api/v1/companies").then().statusCode(403);
        anonymous().get("/api/v1/companies").then().statusCode(401);
    }

    @Test
    void wildcardsInTheTextAreTakenLiterally() {
        String word = "Literal" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.company(word + " Plain", "en");
        UUID percent = fixtures.company(word + " 100% Tools", "en");
        as(backoffice()).queryParam("q", word + " 100%").get("/api/v1/companies").then().statusCode(200)
                .body("items.id", equalTo(List.of(percent.toString())));
        as(backoffice()).queryParam("q", word + "_").get("/api/v1/companies").then().statusCode(200)
                .body("items.id", equalTo(List.of()));
    }

    @Test
    void aSearchPageCostsTheSameStatementsForTwoHitsAsForTwentyAndOneSearchQuery() {
        String few = "Few" + UUID.randomUUID().toString().substring(0, 6);
        String many = "Many" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 20; i++) {
            if (i < 2) {
                fixtures.company(few + " " + i, "en");
            }
            fixtures.company(many + " " + i, "en");
        }
        Fixtures.Person clerk = backoffice();
        as(clerk).get("/api/v1/me").then().statusCode(200); // the first request of a person writes their record
        List<String> fewSql = RecordingDriver.record(() -> as(clerk).queryParam("q", few).queryParam("limit", 50)
                .get("/api/v1/companies").then().statusCode(200));
        List<String> manySql = RecordingDriver.record(() -> as(clerk).queryParam("q", many).queryParam("limit", 50)
                .get("/api/v1/companies").then().statusCode(200));
        assertEquals(fewSql.size(), manySql.size(), "2 hits: " + fewSql + "\n20 hits: " + manySql);
        assertEquals(1, manySql.stream().filter(sql -> sql.contains("from company")).count(), String.valueOf(manySql));
    }

    @Test
    void theNextPageIsAbsentOnTheLastPage() {
        String word = "Single" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.company(word, "en");
        JsonPath page = as(backoffice()).queryParam("q", word).get("/api/v1/companies").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, page.getList("items").size());
        assertNull(page.getString("next"));
        assertNotNull(page.getString("items[0].taxId"));
    }

    @Inject
    io.agroal.api.AgroalDataSource database;

    /**
     * Among 20,000 companies, a search for a part of one name reads that company through the trigram index, not the
     * table: counted in rows, from the plan ({@code EXPLAIN ANALYZE}) of the very SQL the request ran.
     */
    @Test
    void aSearchAmongTwentyThousandCompaniesReadsOnlyTheMatchesThroughTheTrigramIndex() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        fixtures.execute("""
                insert into company (id, name, country, tax_id, locale, time_zone, kind, version, created_at, updated_at)
                select gen_random_uuid(), 'Bulk ' || ?1 || ' ' || md5(g::text), 'DE', 'DE' || (100000000 + g), 'de',
                       'Europe/Berlin', 'CUSTOMER', 0, now(), now()
                  from generate_series(1, 20000) as g
                """, run);
        UUID wanted = fixtures.company("Wombat" + run + " Logistics", "en");
        fixtures.execute("analyze company");
        Fixtures.Person clerk = backoffice();
        as(clerk).queryParam("q", "wombat" + run).get("/api/v1/companies").then().statusCode(200); // warm
        List<String> sql = RecordingDriver.record(() -> as(clerk).queryParam("q", "wombat" + run)
                .get("/api/v1/companies").then().statusCode(200).body("items.id", equalTo(List.of(wanted.toString()))));
        String search = sql.stream().filter(s -> s.contains("from company")).findFirst().orElseThrow();
        StringBuilder plan = new StringBuilder();
        long rows;
        try (var connection = database.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("explain (analyze, format json) " + search)) {
            result.next();
            var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.getString(1)).get(0).get("Plan");
            rows = walk(root, plan);
        }
        org.junit.jupiter.api.Assertions.assertTrue(plan.toString().contains("company_name_trgm"), plan.toString());
        org.junit.jupiter.api.Assertions.assertFalse(plan.toString().contains("Seq Scan"), plan.toString());
        org.junit.jupiter.api.Assertions.assertTrue(rows < 100, "rows of company read: " + rows + " in " + plan);
    }

    /** Appends the plan's nodes and adds up the rows the scans of company read (returned, filtered out, rechecked). */
    private static long walk(com.fasterxml.jackson.databind.JsonNode node, StringBuilder plan) {
        plan.append(node.get("Node Type").asText()).append(node.has("Index Name") ? " " + node.get("Index Name").asText() : "")
                .append("; ");
        long rows = "company".equals(node.path("Relation Name").asText()) ? node.path("Actual Rows").asLong()
                + node.path("Rows Removed by Filter").asLong() + node.path("Rows Removed by Index Recheck").asLong() : 0;
        for (var child : node.path("Plans")) {
            rows += walk(child, plan);
        }
        return rows;
    }
}
