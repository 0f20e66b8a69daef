package dev.portico.platform;

import static dev.portico.support.Api.anonymous;
import static dev.portico.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error, whatever produced it, is problem+json with a message a person can act on and no internals. */
@QuarkusTest
class ProblemJsonTest {

    @Inject
    Fixtures fixtures;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Problems AG");
    }

    @Test
    void missingTokenIs401ProblemWithBearerChallenge() {
        anonymous().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("detail", notNullValue());
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        as(Tokens.tokenForAudience(UUID.randomUUID().toString(), "some-other-api", "customer"))
                .get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void garbageTokenIs401Problem() {
        as("not-a-jwt").get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void wrongRealmRoleIs403Problem() {
        var agent = fixtures.person("agent", "support-agent");
        as(agent).get("/api/v1/companies/" + tenant.companyId() + "/members") // agents read a company's details, not its members
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void unknownApiPathIs404ProblemNotTheSpa() {
        as(tenant.admin()).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void unsupportedMethodIs405Problem() {
        as(tenant.admin()).delete("/api/v1/me")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"));
    }

    @Test
    void unacceptableMediaTypeIs406Problem() {
        given().auth().oauth2(tenant.admin().token()).accept("text/csv")
                .get("/api/v1/me")
                .then().statusCode(406)
                .body(containsString("/problems/not-acceptable"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().auth().oauth2(tenant.admin().token()).contentType(ContentType.TEXT).body("locale=de")
                .patch("/api/v1/me")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void malformedJsonIs400Problem() {
        as(tenant.admin()).body("{\"locale\": ").patch("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-request"))
                .body(not(containsString("Jackson")))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void validationListsEveryInvalidField() {
        as(tenant.admin()).body("{\"email\":\"not-an-email\"}")
                .post("/api/v1/companies/" + tenant.companyId() + "/invitations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("role"));
    }

    @Test
    void unknownEnumValueNamesTheAllowedValues() {
        as(tenant.admin()).body("{\"email\":\"x@example.com\",\"role\":\"OWNER\"}")
                .post("/api/v1/companies/" + tenant.companyId() + "/invitations")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", containsString("ADMIN, MEMBER"));
    }

    @Test
    void oversizedBodyIs413Problem() throws Exception {
        // Announce a body beyond the limit; the server answers before reading it.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            String head = "PATCH /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + tenant.admin().token()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (30 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(response.startsWith("HTTP/1.1 413"), response);
            org.junit.jupiter.api.Assertions.assertTrue(response.contains("application/problem+json"), response);
            org.junit.jupiter.api.Assertions.assertTrue(response.contains("/problems/payload-too-large"), response);
        }
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        as(tenant.admin()).get("/api/v1/test-failures/sql")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("/problems/internal-error"))
                .body("detail", containsString("error id"))
                .body(not(containsString("select")))
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.portico")));
    }
}
