package dev.portico.platform;

import static dev.portico.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Every answer carries the headers that keep a browser from being turned against the portal's users. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    Fixtures fixtures;

    @Test
    void personalApiAnswersAreNeverStoredAndNeverRenderedAsPages() {
        as(fixtures.person("headers")).get("/api/v1/me").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void errorsCarryTheHeadersToo() {
        given().get("/api/v1/me").then().statusCode(401)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theSpasPagesRunUnderAStrictContentSecurityPolicy() {
        given().get("/company").then()
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Cache-Control", "no-cache"); // the shell names one build's bundles: never kept stale
    }
}

