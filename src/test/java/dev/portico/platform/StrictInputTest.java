package dev.portico.platform;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import dev.portico.support.SupportFixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input that used to crash (500) or be silently changed is refused with a problem naming the field or parameter,
 * and nothing is written: the cases seen from outside (issue #11), each as it was sent.
 */
@QuarkusTest
class StrictInputTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SupportFixtures support;

    @Inject
    SubscriptionFixtures subscriptions;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Strenge Eingabe GmbH");
    }

    private static ValidatableResponse fieldError(ValidatableResponse response, String field) {
        return response.statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors.field", hasItem(field));
    }

    @Test
    void nulInATicketTitleIsAFieldErrorNotA500() {
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        fieldError(as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Printer\\u0000 down","description":"It beeps"}""".formatted(contract.deviceLine()))
                .post("/api/v1/tickets").then(), "title");
        fieldError(as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Printer down\\nBcc: attacker@evil.example","description":"x"}"""
                .formatted(contract.deviceLine())).post("/api/v1/tickets").then(), "title");
        as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Printer down","description":"Line one\\nLine two\\tand a tab"}"""
                .formatted(contract.deviceLine())).post("/api/v1/tickets").then().statusCode(201);
    }

    @Test
    void aBadListElementIsNamedByItsPositionNotByTheValidatorsInnerName() {
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Printer down","description":"x","cc":["ok@example.com","not-an-email"]}"""
                .formatted(contract.deviceLine())).post("/api/v1/tickets")
                .then().statusCode(422).body("errors.field", hasItem("cc[1]"))
                .body("detail", org.hamcrest.Matchers.not(containsString("<")));
    }

    @Test
    void nulInACompanyNameAndInQueryParametersIsRefusedNamingThem() {
        String etag = as(tenant.admin()).get("/api/v1/companies/" + tenant.companyId()).then().extract().header("ETag");
        fieldError(as(tenant.admin()).header("If-Match", etag).body("{\"name\":\"Evil\\u0000Corp\"}")
                .patch("/api/v1/companies/" + tenant.companyId()).then(), "name");
        fieldError(as(tenant.admin()).queryParam("q", "a\u0000b").get("/api/v1/subscriptions").then(), "q");
        fieldError(as(tenant.admin()).queryParam("product", "X\u0000").get("/api/v1/subscriptions").then(), "product");
        fieldError(as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("action", "\u0000")
                .get("/api/v1/audit-events").then(), "action");
    }

    @Test
    void everyFormAcceptsAndRefusesTheSameEmailAddresses() {
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String ticket = as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Addresses","description":"x"}""".formatted(contract.deviceLine()))
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        String subscription = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        java.util.Map<String, Boolean> addresses = new java.util.LinkedHashMap<>();
        addresses.put("anna.nowak@example.com", true);
        addresses.put("  padded@example.com ", true);
        addresses.put("józef@example.pl", false); // the mail relay speaks no SMTPUTF8: it could never be written to
        addresses.put("someone@localhost", false);
        addresses.put("two@at@example.com", false);
        addresses.put("Anna <anna@example.com>", false);
        addresses.put("a b@example.com", false);
        addresses.put("probe@[10.0.0.5]", false); // no mail to an IP address chosen by a customer
        for (var entry : addresses.entrySet()) {
            String json = SpecJson.quote(entry.getKey());
            int invitation = as(tenant.admin()).body("{\"email\":" + json + ",\"role\":\"MEMBER\"}")
                    .post("/api/v1/companies/" + tenant.companyId() + "/invitations").statusCode();
            int cc = as(tenant.member()).body("{\"email\":" + json + "}").post("/api/v1/tickets/" + ticket + "/cc").statusCode();
            int seat = as(tenant.admin()).body("{\"email\":" + json + "}")
                    .post("/api/v1/subscriptions/" + subscription + "/seats").statusCode();
            java.util.List<Integer> answers = java.util.List.of(invitation, cc, seat);
            if (entry.getValue()) {
                org.junit.jupiter.api.Assertions.assertFalse(answers.contains(422), entry.getKey() + " refused: " + answers);
            } else {
                org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(422, 422, 422), answers, entry.getKey());
            }
        }
    }

    /** JSON text for a string. */
    static final class SpecJson {
        static String quote(String text) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aDuplicateKeyIsA400ProblemNotAnEmpty500() {
        as(tenant.admin()).body("{\"locale\":\"de\",\"locale\":\"fr\"}").patch("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-request")).body("detail", containsString("twice"));
    }

    @Test
    void fractionsForWholeNumbersAndNumbersForTextAreRefused() {
        String product = subscriptions.product();
        fieldError(as(subscriptions.backoffice()).body("""
                {"companyId":"%s","productCode":"%s","productName":"X","licenseQuantity":1.5,"autoRenew":true,
                 "adminEmail":"a@example.com"}""".formatted(tenant.companyId(), product))
                .post("/api/v1/subscriptions").then(), "licenseQuantity");
        fieldError(as(subscriptions.backoffice()).body("""
                {"companyId":"%s","productCode":"%s","productName":42,"licenseQuantity":1,"autoRenew":true,
                 "adminEmail":"a@example.com"}""".formatted(tenant.companyId(), product))
                .post("/api/v1/subscriptions").then(), "productName");
        String id = subscriptions.create(tenant.companyId(), product, tenant.admin().email());
        fieldError(as(tenant.admin()).body("{\"agreementVersion\":1.5,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + id + "/activation").then(), "agreementVersion");
        as(tenant.admin()).get("/api/v1/subscriptions/" + id).then().body("status", equalTo("PENDING_ACTIVATION"));
    }

    @Test
    void aTypoInAFieldNameIsRefusedRatherThanIgnored() {
        fieldError(as(tenant.admin()).body("{\"locale\":\"de\",\"langauge\":\"fr\"}").patch("/api/v1/me").then(), "langauge");
    }

    @Test
    void datesOutsideTheYears1To9999AreRefused() {
        fieldError(as(Tokens.integration()).body("""
                {"number":"Z%06d","customerName":"Far Future","customerCountry":"PL","customerTaxId":"7740001454",
                 "serviceLevel":"NBD","coverageStart":"0000-01-01","coverageEnd":"+1000000-01-01",
                 "lines":[{"kind":"DEVICE","maker":"X","model":"Y","serialNumber":"S-1"}]}"""
                .formatted((int) (Math.random() * 999999))).post("/api/v1/support-contracts").then(), "coverageStart");
        fieldError(as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("from", "+1000000-01-01T00:00:00Z")
                .get("/api/v1/audit-events").then(), "from");
    }

    @Test
    void malformedQueryParametersAreFieldErrorsNot404s() {
        fieldError(as(tenant.admin()).queryParam("limit", "abc").get("/api/v1/companies/" + tenant.companyId() + "/members")
                .then(), "limit");
        fieldError(as(tenant.admin()).queryParam("status", "NOT_A_STATUS").get("/api/v1/subscriptions").then(), "status");
        fieldError(as(tenant.admin()).queryParam("companyId", "not-a-uuid").get("/api/v1/orders").then(), "companyId");
        fieldError(as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("includeExpired", "maybe")
                .get("/api/v1/support-contracts").then(), "includeExpired");
        fieldError(as(tenant.admin()).get("/api/v1/companies/not-a-uuid").then(), "companyId");
    }

    @Test
    void aCursorOfOneListIsRefusedByAnother() {
        for (int i = 0; i < 3; i++) {
            fixtures.join(tenant.companyId(), fixtures.person("extra"), dev.portico.platform.security.MembershipRole.MEMBER);
        }
        String cursor = as(tenant.admin()).queryParam("limit", 1).get("/api/v1/companies/" + tenant.companyId() + "/members")
                .then().log().ifValidationFails().statusCode(200).extract().path("next");
        as(tenant.admin()).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/companies/" + tenant.companyId() + "/members").then().statusCode(200);
        as(tenant.admin()).queryParam("cursor", cursor).queryParam("companyId", tenant.companyId())
                .get("/api/v1/audit-events").then().statusCode(400).body("errors.field", hasItem("cursor"));
        Fixtures.Tenant other = fixtures.tenant("Other list GmbH");
        as(other.admin()).queryParam("cursor", cursor).get("/api/v1/companies/" + other.companyId() + "/members")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void aCsvWithAnUnterminatedQuoteIsAFieldError() {
        String id = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + id + "/activation").then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(tenant.admin().token()).contentType("text/csv")
                .accept("application/json").body("email,validFrom,validUntil\n\"broken@example.com,2026-01-01\n")
                .post("/api/v1/subscriptions/" + id + "/seat-imports")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aTruncatedOrFakeMultipartUploadIsA400NotA500() {
        for (String body : new String[] {"--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\nhello",
                "garbage", ""}) {
            io.restassured.RestAssured.given().auth().oauth2(tenant.member().token()).accept("application/json")
                    .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                            .encoderConfig().encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)))
                    .contentType("multipart/form-data; boundary=XYZ").body(body).post("/api/v1/ticket-attachments")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void anEntitlementQuestionAboutSomethingThatIsNoAddressIsAFieldError() {
        fieldError(as(dev.portico.support.Tokens.integration()).queryParam("product", "ANY").queryParam("email", "not-an-email")
                .get("/api/v1/entitlements").then(), "email");
    }

    @Test
    void aNoncharacterInATitleIsRefused() {
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        fieldError(as(tenant.member()).body("""
                {"contractLineId":"%s","title":"a\uFFFFb","description":"x"}""".formatted(contract.deviceLine()))
                .post("/api/v1/tickets").then(), "title");
    }

    @Test
    void aVeryLongUrlIsA414Problem() {
        as(tenant.admin()).queryParam("q", "x".repeat(9000)).get("/api/v1/subscriptions")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("/problems/uri-too-long"));
    }
}
