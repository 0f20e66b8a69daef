package dev.portico.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.security.IntegrationScope;
import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Least privilege for integrations, over every operation of the committed contract: a token answers only where the
 * contract names one of its scopes; elsewhere 403 — {@code insufficient-scope} naming the scope where another scope
 * would do, {@code forbidden} where integrations have no business — and nothing is written.
 */
@QuarkusTest
class IntegrationScopeTest {

    static final List<String> TABLES = List.of("subscription", "seat", "support_contract", "agreement", "product",
            "credit_entry", "ticket", "customer_order", "company", "membership", "invitation");

    @Inject
    Fixtures fixtures;

    record Call(String method, String path, Operation operation, String scope) {

        Response send(String token) {
            String concrete = path.replaceAll("\\{country}", "DE").replaceAll("\\{email}", "someone@example.com")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            RequestSpecification request = given().auth().oauth2(token).accept("*/*")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", "\"0\"")
                    .queryParams(Map.of("companyId", UUID.randomUUID(), "product", "ANY", "email", "x@example.com"));
            String body = operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().keySet().iterator().next();
            if ("multipart/form-data".equals(body)) {
                request.multiPart("file", "note.txt", "hello".getBytes(), "text/plain");
            } else if (body != null) {
                request.contentType(body).body(body.equals("application/json") ? "{}" : "email\n");
            }
            return request.request(method, concrete);
        }
    }

    static List<Call> calls() throws Exception {
        OpenAPI api = new OpenAPIV3Parser().readContents(Files.readString(Path.of("openapi/openapi.yaml")), null, null)
                .getOpenAPI();
        List<Call> calls = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String scope = operation.getSecurity() == null ? null : operation.getSecurity().stream()
                    .filter(requirement -> requirement.containsKey("integration"))
                    .map(requirement -> requirement.get("integration").get(0)).findFirst().orElse(null);
            if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) { // public ones are for anyone
                calls.add(new Call(method.name(), path, operation, scope));
            }
        }));
        return calls;
    }

    @Test
    void aTokenWithoutTheNeededScopeIsRefusedEverywhereAndWritesNothing() throws Exception {
        Map<String, Long> before = counts();
        String licenseCheck = Tokens.integration(IntegrationScope.ENTITLEMENTS_READ);
        List<String> unexpected = new ArrayList<>();
        int refused = 0;
        for (Call call : calls()) {
            Response response = call.send(licenseCheck);
            if (IntegrationScope.ENTITLEMENTS_READ.value().equals(call.scope())) {
                if (response.statusCode() != 200) {
                    unexpected.add(call.operation().getOperationId() + " answered " + response.statusCode());
                }
                continue;
            }
            String expected = call.scope() == null ? "/problems/forbidden" : "/problems/insufficient-scope";
            String type = response.statusCode() == 403 ? response.jsonPath().getString("type") : null;
            if (!expected.equals(type)) {
                unexpected.add(call.operation().getOperationId() + " answered " + response.statusCode() + " " + type
                        + " instead of 403 " + expected);
            } else if (call.scope() != null && !response.jsonPath().getString("detail").contains(call.scope())) {
                unexpected.add(call.operation().getOperationId() + " did not name the scope " + call.scope());
            } else {
                refused++;
            }
        }
        assertEquals(List.of(), unexpected);
        assertTrue(refused > 70, "every operation but the entitlement check refused: " + refused);
        assertEquals(before, counts(), "a refused call writes nothing");
    }

    @Test
    void anIntegrationWithEveryScopeReachesOnlyTheOperationsOpenToIntegrations() throws Exception {
        String everything = Tokens.integration();
        List<String> unexpected = new ArrayList<>();
        for (Call call : calls()) {
            if (call.scope() != null) {
                continue; // open to integrations: what they answer is the other tests' business
            }
            Response response = call.send(everything);
            if (response.statusCode() != 403 || !"/problems/forbidden".equals(response.jsonPath().getString("type"))) {
                unexpected.add(call.operation().getOperationId() + " answered " + response.statusCode());
            }
        }
        assertEquals(List.of(), unexpected);
    }

    @Test
    void insufficientScopeTellsTheScopeInWwwAuthenticate() {
        given().auth().oauth2(Tokens.integration(IntegrationScope.SEATS_READ)).accept(ContentType.JSON)
                .get("/api/v1/subscriptions?companyId=" + UUID.randomUUID())
                .then().statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"subscriptions:read\"");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        TABLES.forEach(table -> counts.put(table, fixtures.count("select count(*) from " + table)));
        return counts;
    }
}
