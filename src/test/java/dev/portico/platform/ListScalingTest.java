package dev.portico.platform;

import static dev.portico.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.support.Fixtures;
import dev.portico.support.RecordingDriver;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list page costs the same for a company with 10,000 subscriptions as for one with 100,000: the same statements,
 * and PostgreSQL reads about a page of rows along an index in the list's order — no sort of the company's rows, no
 * scan past the rows of earlier pages. Asserted on the plan ({@code EXPLAIN ANALYZE}) of the very SQL the request
 * ran, with its values (recorded by {@link RecordingDriver}): counts of rows, not timings.
 */
@QuarkusTest
class ListScalingTest {

    private static final int PAGE = 50;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    /** What a page cost: the statements of the request, the list query's plan nodes and the table rows it read. */
    record Cost(int statements, List<String> nodes, long rowsRead, String next) {
    }

    @Test
    void aSubscriptionPageCostsTheSameForTenThousandAndAHundredThousandSubscriptions() throws SQLException {
        Fixtures.Tenant ten = fixtures.tenant("Ten Thousand GmbH");
        Fixtures.Tenant hundred = fixtures.tenant("Hundred Thousand GmbH");
        try {
            fill(ten, 10_000);
            fill(hundred, 100_000);
            Cost small = page(ten, null);
            Cost large = page(hundred, null);
            assertEquals(small.statements(), large.statements(), "statements per page: 10,000 rows " + small.statements()
                    + ", 100,000 rows " + large.statements());
            for (Cost cost : List.of(small, large)) {
                assertFalse(cost.nodes().contains("Sort"), "the list query sorts the company's rows: " + cost.nodes());
                assertTrue(cost.rowsRead() <= PAGE + 1, "one page read " + cost.rowsRead() + " rows: " + cost.nodes());
            }
            // a later page starts at its cursor in the index instead of reading past the rows before it
            Cost second = page(hundred, large.next());
            assertFalse(second.nodes().contains("Sort"), "page 2 sorts: " + second.nodes());
            assertTrue(second.rowsRead() <= PAGE + 1, "page 2 read " + second.rowsRead() + " rows: " + second.nodes());
        } finally {
            fixtures.execute("delete from subscription where company_id in (?1, ?2)", ten.companyId(), hundred.companyId());
        }
    }

    /** {@code count} active subscriptions of the tenant, renewing on dates spread over three years. */
    private void fill(Fixtures.Tenant tenant, int count) {
        fixtures.execute("""
                insert into subscription (id, number, company_id, product_code, product_name, license_quantity, term_months,
                                          term_start, term_end, next_renewal_date, auto_renew, admin_user_id, admin_email,
                                          ordered_at, activation_deadline, activated_at, status, version, created_at, updated_at)
                select gen_random_uuid(), 'L' || left(replace(cast(?1 as text), '-', ''), 6) || g, ?1, 'SCALE-TEST', 'Scale test', 5, 12,
                       current_date - 30, current_date + 335 + (g % 1000), current_date + 335 + (g % 1000), true, ?2, ?3,
                       now() - interval '40 days', current_date - 10, now() - interval '35 days', 'ACTIVE', 0, now(), now()
                  from generate_series(1, ?4) as g
                """, tenant.companyId(), tenant.admin().id(), tenant.admin().email(), count);
        fixtures.execute("analyze subscription");
    }

    private Cost page(Fixtures.Tenant tenant, String cursor) throws SQLException {
        String path = "/api/v1/subscriptions?limit=" + PAGE + "&companyId=" + tenant.companyId()
                + (cursor == null ? "" : "&cursor=" + cursor);
        as(tenant.admin()).get(path).then().statusCode(200); // warm: caches, prepared statements
        String[] next = new String[1];
        List<String> statements = RecordingDriver.record(() -> next[0] = as(tenant.admin()).get(path).then()
                .statusCode(200).extract().path("next"));
        String list = statements.stream().filter(sql -> sql.contains(" from subscription ") && sql.contains(" order by "))
                .findFirst().orElse(null);
        assertNotNull(list, "the request ran no list query on subscription: " + statements);
        JsonNode plan = explain(list);
        List<String> nodes = new ArrayList<>();
        long[] rowsRead = {0};
        walk(plan, nodes, rowsRead);
        return new Cost(statements.size(), nodes, rowsRead[0], next[0]);
    }

    private JsonNode explain(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("explain (analyze, format json) " + sql)) {
            result.next();
            return json.readTree(result.getString(1)).get(0).get("Plan");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects the node types and adds up the rows the scans of subscription read (returned or filtered out). */
    private static void walk(JsonNode node, List<String> nodes, long[] rowsRead) {
        nodes.add(node.get("Node Type").asText() + (node.has("Index Name") ? " " + node.get("Index Name").asText() : ""));
        if ("subscription".equals(node.path("Relation Name").asText())) {
            rowsRead[0] += node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
                    + node.path("Rows Removed by Index Recheck").asLong();
        }
        for (JsonNode child : node.path("Plans")) {
            walk(child, nodes, rowsRead);
        }
    }
}
