package dev.portico.account;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeTest {

    @Inject
    Fixtures fixtures;

    @Test
    void firstRequestCreatesTheUserFromTheToken() {
        String subject = UUID.randomUUID().toString();
        String email = "new-" + subject.substring(0, 8) + "@example.com";

        as(Tokens.token(subject, email.toUpperCase(), true, "customer"))
                .get("/api/v1/me")
                .then().statusCode(200)
                .body("user.email", equalTo(email))
                .body("user.locale", equalTo("en"))
                .body("roles", contains("customer"))
                .body("companies", hasSize(0));

        org.junit.jupiter.api.Assertions.assertEquals(1L,
                fixtures.count("select count(*) from app_user where subject = ?1", subject));
    }

    @Test
    void meListsTheCompaniesWithTheCallersRole() {
        var tenant = fixtures.tenant("Me GmbH");

        as(tenant.member()).get("/api/v1/me")
                .then().statusCode(200)
                .body("companies", hasSize(1))
                .body("companies[0].companyId", equalTo(tenant.companyId().toString()))
                .body("companies[0].role", equalTo("MEMBER"))
                .body("companies[0].kind", equalTo("CUSTOMER"));
    }

    @Test
    void languageChangeIsKeptForMails() {
        var person = fixtures.person("lang");

        as(person).body("{\"locale\":\"pl\"}").patch("/api/v1/me")
                .then().statusCode(200).body("user.locale", equalTo("pl"));
        as(person).get("/api/v1/me").then().body("user.locale", equalTo("pl"));
    }

    @Test
    void unsupportedLanguageIsAFieldError() {
        var person = fixtures.person("lang");

        as(person).body("{\"locale\":\"xx\"}").patch("/api/v1/me")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("locale"));
    }
}
