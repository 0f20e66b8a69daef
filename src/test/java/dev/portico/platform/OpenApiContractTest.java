package dev.portico.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract {@code openapi/openapi.yaml} (from which the SPA's types are generated) must be what
 * the code serves. Run {@code scripts/update-openapi.sh} after changing the API.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    @Test
    void committedContractMatchesTheCode() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        String generated = served.strip() + "\n";
        Path actual = Path.of("target/openapi-generated.yaml");
        Files.writeString(actual, generated, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("update-openapi")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, generated, "openapi/openapi.yaml differs from what the code generates ("
                + actual + "). Run scripts/update-openapi.sh and regenerate the SPA types.");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
