package dev.portico.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.platform.metrics.BacklogMetrics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Request ids, the Prometheus endpoint on the management port only, and the dependency health group. */
@QuarkusTest
class OperationsTest {

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Inject
    BacklogMetrics backlogMetrics;

    @Test
    void everyAnswerCarriesARequestIdAndAProblemQuotesIt() {
        String id = given().get("/api/v1/me").then().statusCode(401)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        given().get("/api/v1/me").then().body("requestId", not(equalTo(id)));

        given().header("X-Request-Id", "lb-7f3a.42_x").get("/api/v1/me").then().statusCode(401)
                .header("X-Request-Id", "lb-7f3a.42_x").body("requestId", equalTo("lb-7f3a.42_x"));
        given().header("X-Request-Id", "nope\u00e9; drop table").get("/api/v1/me").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/api/v1/client-config").then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void metricsAreOnTheManagementPortAndNotOnThePublicOne() {
        backlogMetrics.refresh();
        given().get("/api/v1/client-config").then().statusCode(200);
        String metrics = given().port(managementPort).get("/q/metrics").then().statusCode(200).extract().asString();
        for (String name : new String[] {"portico_outbox_backlog", "portico_outbox_failed",
                "portico_outbox_oldest_waiting_seconds", "portico_webhooks_backlog", "portico_webhooks_failed", "http_server_requests_seconds_count", "jvm_memory_used_bytes"}) {
            assertEquals(true, metrics.contains(name), name + " in /q/metrics");
        }
        given().get("/q/metrics").then().statusCode(not(equalTo(200)));
    }

    @Test
    void theDependencyGroupSaysWhatKeycloakAndSmtpAreAndReadinessLeavesThemOut() {
        // the tests check tokens with a local key; the SMTP server (GreenMail) runs only while mail tests need it
        given().get("/q/health/group/dependencies").then().statusCode(anyOf(equalTo(200), equalTo(503)))
                .body("checks.name", hasItems("Keycloak", "SMTP"))
                .body("checks.find { it.name == 'Keycloak' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'SMTP' }.data.server", containsString(":"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItems("Keycloak")))
                .body(containsString("Database connections health check"));
    }
}
