package dev.portico.platform;

import static dev.portico.support.Api.anonymous;
import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.security.IntegrationScope;
import dev.portico.support.Fixtures;
import dev.portico.support.RecordingDriver;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A problem is written in the caller's language: a signed-in person's profile language, else the best of
 * {@code Accept-Language}, else English; {@code type} and field paths stay the same in every language.
 */
@QuarkusTest
class ProblemLanguageTest {

    @Inject
    Fixtures fixtures;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Sprachen GmbH");
    }

    /** An integration (no profile) creating a subscription with an empty body. */
    private static ValidatableResponse emptySubscription(String acceptLanguage) {
        return as(Tokens.integration(IntegrationScope.SUBSCRIPTIONS_WRITE))
                .header("Accept-Language", acceptLanguage)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"companyId\":\"" + UUID.randomUUID() + "\",\"productCode\":\" \",\"licenseQuantity\":1}")
                .post("/api/v1/subscriptions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("productName"));
    }

    private ValidatableResponse blankCompanyName(String acceptLanguage) {
        String etag = as(tenant.admin()).get("/api/v1/companies/" + tenant.companyId()).then().extract().header("ETag");
        var request = as(tenant.admin()).header("If-Match", etag);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.body("{\"name\":\"   \"}").patch("/api/v1/companies/" + tenant.companyId())
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void aGermanAcceptLanguageGetsAGermanTitleAndGermanFieldMessages() {
        emptySubscription("de-CH, de;q=0.9, en;q=0.5")
                .header("Content-Language", "de")
                .body("title", equalTo("Einige Felder sind ungültig"))
                .body("errors.message", hasItem("darf nicht leer sein"))
                .body("errors.message", hasItem("darf nur Großbuchstaben, Ziffern, - und _ enthalten"))
                .body("detail", startsWith("adminEmail: darf nicht leer sein"));
    }

    @Test
    void aPolishAcceptLanguageGetsPolish() {
        emptySubscription("pl-PL,pl;q=0.9")
                .header("Content-Language", "pl")
                .body("title", equalTo("Niektóre pola są nieprawidłowe"))
                .body("errors.message", hasItem("nie może być puste"));
    }

    @Test
    void withoutAcceptLanguageAnIntegrationReadsEnglish() {
        as(Tokens.integration(IntegrationScope.SUBSCRIPTIONS_WRITE))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"productName\":\"x\"}").post("/api/v1/subscriptions")
                .then().statusCode(422).header("Content-Language", "en")
                .body("title", equalTo("Some fields are not valid"))
                .body("errors.message", hasItem("must not be blank"));
    }

    @Test
    void aPersonWhoseProfileIsItalianReadsItalianEvenWithoutAcceptLanguage() {
        fixtures.update("update app_user set locale = 'it' where id = ?", tenant.admin().id());
        blankCompanyName(null)
                .header("Content-Language", "it")
                .body("title", equalTo("Alcuni campi non sono validi"))
                .body("errors[0].message", equalTo("non deve essere vuoto"));
    }

    @Test
    void theProfileLanguageWinsOverAcceptLanguage() {
        fixtures.update("update app_user set locale = 'it' where id = ?", tenant.admin().id());
        blankCompanyName("de")
                .header("Content-Language", "it")
                .body("errors[0].message", equalTo("non deve essere vuoto"));
    }

    @Test
    void porticosOwnFieldReasonsAreTranslated() {
        fixtures.update("update app_user set locale = 'de' where id = ?", tenant.admin().id());
        as(tenant.admin()).body("{\"locale\":\"de\",\"nickname\":\"x\"}").patch("/api/v1/me")
                .then().statusCode(422).header("Content-Language", "de")
                .body("errors[0].field", equalTo("nickname"))
                .body("errors[0].message", equalTo("ist kein bekanntes Feld"))
                .body("detail", equalTo("nickname: ist kein bekanntes Feld"));
        fixtures.update("update app_user set locale = 'fr' where id = ?", tenant.admin().id());
        as(tenant.admin()).queryParam("q", "a\u0000b").get("/api/v1/subscriptions")
                .then().statusCode(422).header("Content-Language", "fr")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("ne doit pas contenir le caractère NUL"));
        fixtures.update("update app_user set locale = 'pl' where id = ?", tenant.admin().id());
        String etag = as(tenant.admin()).get("/api/v1/companies/" + tenant.companyId()).then().extract().header("ETag");
        as(tenant.admin()).header("If-Match", etag).body("{\"timeZone\":\"Mars/Olympus\"}")
                .patch("/api/v1/companies/" + tenant.companyId())
                .then().statusCode(422).header("Content-Language", "pl")
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", equalTo("musi być strefą czasową IANA, np. Europe/Berlin"));
    }

    @Test
    void genericProblemsOfAnonymousCallersFollowAcceptLanguage() {
        anonymous().header("Accept-Language", "fr-FR").get("/api/v1/me")
                .then().statusCode(401).header("Content-Language", "fr")
                .body("type", equalTo("/problems/unauthorized"))
                .body("title", equalTo("Connexion requise"))
                .body("detail", equalTo("Envoyez un jeton d’accès valide dans l’en-tête Authorization (Bearer)."));
        anonymous().header("Accept-Language", "it").get("/api/v1/no-such-thing")
                .then().statusCode(404).header("Content-Language", "it")
                .body("title", equalTo("Non trovato"))
                .body("detail", equalTo("Non c’è nulla all’indirizzo /api/v1/no-such-thing."));
    }

    @Test
    void aBrokenTokenStillGetsAnAnswerInTheHeadersLanguage() {
        as("not-a-jwt").header("Accept-Language", "de").get("/api/v1/me")
                .then().statusCode(401).header("Content-Language", "de")
                .body("title", equalTo("Anmeldung erforderlich"));
    }

    @Test
    void aProblemAnsweredBeforeAnyRequestScopeFollowsAcceptLanguage() {
        as(tenant.admin()).header("Accept-Language", "pl").queryParam("q", "x".repeat(9000)).get("/api/v1/subscriptions")
                .then().statusCode(414).header("Content-Language", "pl")
                .body("type", equalTo("/problems/uri-too-long"))
                .body("title", equalTo("Adres URL jest zbyt długi"))
                .body("detail", startsWith("Adres URL może mieć najwyżej 8192 znaków"));
    }

    @Test
    void aMissingIfMatchIsExplainedInTheProfilesLanguage() {
        fixtures.update("update app_user set locale = 'de' where id = ?", tenant.admin().id());
        as(tenant.admin()).body("{\"name\":\"Neu GmbH\"}").patch("/api/v1/companies/" + tenant.companyId())
                .then().statusCode(428).header("Content-Language", "de")
                .body("title", equalTo("If-Match-Header erforderlich"))
                .body("detail", startsWith("Senden Sie das abgerufene ETag"));
    }

    @Test
    void findingTheLanguageOfAnIntegrationOrAnAnonymousCallerReadsNoProfile() {
        List<String> sql = RecordingDriver.record(() -> {
            emptySubscription("de");
            anonymous().header("Accept-Language", "de").get("/api/v1/me").then().statusCode(401);
        });
        assertTrue(sql.stream().noneMatch(s -> s.contains("app_user")), String.join("\n", sql));
        // the recorder sees a person's profile being read
        assertTrue(RecordingDriver.record(() -> blankCompanyName(null)).stream().anyMatch(s -> s.contains("app_user")));
    }

    @Test
    void anotherCompanysResourceIsNotFoundInTheProfilesLanguage() {
        fixtures.update("update app_user set locale = 'it' where id = ?", tenant.admin().id());
        as(tenant.admin()).get("/api/v1/companies/" + fixtures.tenant("Altra Srl").companyId())
                .then().statusCode(404).header("Content-Language", "it")
                .body("title", equalTo("Non trovato"))
                .body("detail", equalTo("Ciò che è stato richiesto non esiste oppure non si dispone dell’accesso."));
    }
}
