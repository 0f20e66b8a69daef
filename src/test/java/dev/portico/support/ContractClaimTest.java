package dev.portico.support;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.subscription.SubscriptionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Support contracts are linked to a company only by proof: tax ID + contract number + a line's serial or key. */
@QuarkusTest
class ContractClaimTest {

    /** A valid Polish NIP of this test's own, so that the per-tax-ID claim limit of one test leaves the others alone. */
    final String NIP = randomNip();

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Test
    void theRightThreeDetailsLinkTheContractToMyCompany() {
        Fixtures.Tenant tenant = fixtures.tenant("Claimer sp. z o.o.");
        Contract contract = contract();
        claim(tenant.admin(), "PL" + NIP, contract.number(), " sn-4711-a ")
                .then().statusCode(200)
                .body("number", equalTo(contract.number()))
                .body("companyId", equalTo(tenant.companyId().toString()))
                .body("lines", hasSize(2));
        as(tenant.member()).queryParam("companyId", tenant.companyId()).get("/api/v1/support-contracts")
                .then().statusCode(200).body("items.number", hasItem(contract.number()));
        // claiming again is harmless
        claim(tenant.admin(), NIP, contract.number(), "ABCD-1234-EFGH").then().statusCode(200);
    }

    @Test
    void aWrongSerialFailsWithTheSameGenericMessageAsAWrongTaxId() {
        Fixtures.Tenant tenant = fixtures.tenant("Guesser sp. z o.o.");
        Contract contract = contract();
        Response wrongSerial = claim(tenant.admin(), NIP, contract.number(), "SN-0000");
        wrongSerial.then().statusCode(422).body("type", equalTo("/problems/contract-proof-mismatch"))
                .body("errors", nullValue());
        Response wrongTaxId = claim(tenant.admin(), "1234563218", contract.number(), "SN-4711-A");
        assertEquals(wrongSerial.jsonPath().getString("detail"), wrongTaxId.jsonPath().getString("detail"));
        Response wrongNumber = claim(tenant.admin(), NIP, "Z999999", "SN-4711-A");
        assertEquals(wrongSerial.jsonPath().getString("detail"), wrongNumber.jsonPath().getString("detail"));
        assertEquals(0L, fixtures.count("select count(*) from support_contract where company_id = ?1", tenant.companyId()));
    }

    @Test
    void formatErrorsNameTheField() {
        Fixtures.Tenant tenant = fixtures.tenant("Typo sp. z o.o.");
        claim(tenant.admin(), "526-025-02-74", "K123456", "X").then().statusCode(422).body("errors.field", hasItem("taxId"));
        claim(tenant.admin(), "5260250275", "K123456", "X").then().statusCode(422).body("errors.field", hasItem("taxId"));
        claim(tenant.admin(), NIP, "k123456", "X").then().statusCode(422).body("errors.field", hasItem("contractNumber"));
        claim(tenant.admin(), NIP, "K12345", "X").then().statusCode(422).body("errors.field", hasItem("contractNumber"));
        claim(tenant.admin(), NIP, "K123456", " ").then().statusCode(422).body("errors.field", hasItem("serialOrLicenseKey"));
    }

    @Test
    void theSixthAttemptInTheWindowIsRateLimited() {
        Fixtures.Tenant tenant = fixtures.tenant("Brute sp. z o.o.");
        Contract contract = contract();
        for (int i = 0; i < 5; i++) {
            claim(tenant.admin(), NIP, contract.number(), "WRONG-" + i).then().statusCode(422);
        }
        claim(tenant.admin(), NIP, contract.number(), "SN-4711-A").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/rate-limited"));
        // another person is not limited by it
        claim(fixtures.tenant("Patient sp. z o.o.").admin(), NIP, contract.number(), "SN-4711-A").then().statusCode(200);
    }

    @Test
    void aPersonWithoutCompanyGetsOneFromTheContractsCustomerData() {
        Contract contract = contract();
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token = SubscriptionFixtures.tokenFor(email);
        String companyId = as(token).body(body(NIP, contract.number(), "abcd-1234-efgh")).post("/api/v1/contract-claims")
                .then().statusCode(200).extract().path("companyId");
        as(token).get("/api/v1/companies/" + companyId).then().statusCode(200)
                .body("name", equalTo("Serwis Klient sp. z o.o."))
                .body("country", equalTo("PL"))
                .body("taxId", equalTo(NIP))
                .body("actions.manageMembers", equalTo(true));
    }

    @Test
    void aContractClaimedByAnotherCompanyIsNotHandedOver() {
        Contract contract = contract();
        Fixtures.Tenant first = fixtures.tenant("First sp. z o.o.");
        Fixtures.Tenant second = fixtures.tenant("Second sp. z o.o.");
        claim(first.admin(), NIP, contract.number(), "SN-4711-A").then().statusCode(200);
        claim(second.admin(), NIP, contract.number(), "SN-4711-A").then().statusCode(409)
                .body("type", equalTo("/problems/contract-claimed-elsewhere"));
        assertEquals(first.companyId(), fixtures.single("select company_id from support_contract where number = ?1",
                contract.number()));
        as(second.admin()).get("/api/v1/support-contracts/" + contract.id()).then().statusCode(404);
        as(second.admin()).queryParam("companyId", first.companyId()).get("/api/v1/support-contracts").then().statusCode(404);
        as(second.admin()).queryParam("companyId", second.companyId()).get("/api/v1/support-contracts")
                .then().statusCode(200).body("items.number", not(hasItem(contract.number())));
    }

    @Test
    void aMemberMayNotLinkTheCompany() {
        Fixtures.Tenant tenant = fixtures.tenant("Members sp. z o.o.");
        Contract contract = contract();
        claim(tenant.member(), NIP, contract.number(), "SN-4711-A").then().statusCode(403);
        as(tenant.member()).body(body(NIP, contract.number(), "SN-4711-A").replace("}", ",\"companyId\":\""
                        + tenant.companyId() + "\"}")).post("/api/v1/contract-claims").then().statusCode(403);
    }

    @Test
    void anExpiredContractIsListedOnlyWhenAskedFor() {
        Fixtures.Tenant tenant = fixtures.tenant("History sp. z o.o.");
        Contract expired = contract(LocalDate.now().minusYears(2), LocalDate.now().minusDays(1));
        claim(tenant.admin(), NIP, expired.number(), "SN-4711-A").then().statusCode(200).body("active", equalTo(false));
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).get("/api/v1/support-contracts")
                .then().statusCode(200).body("items.number", not(hasItem(expired.number())));
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).queryParam("includeExpired", true)
                .get("/api/v1/support-contracts").then().statusCode(200).body("items.number", hasItem(expired.number()));
    }

    @Test
    void backOfficeCreatesContractsWithValidatedLinesAndUniqueNumbers() {
        Contract contract = contract();
        as(subscriptions.backoffice()).body(definition(contract.number(), NIP, LocalDate.now(), LocalDate.now().plusYears(1)))
                .post("/api/v1/support-contracts").then().statusCode(409)
                .body("type", equalTo("/problems/contract-number-taken"));
        as(subscriptions.backoffice()).body(definition(number(), "5260250275", LocalDate.now(), LocalDate.now()))
                .post("/api/v1/support-contracts").then().statusCode(422).body("errors.field", hasItem("customerTaxId"));
        as(subscriptions.backoffice()).body(definition(number(), NIP, LocalDate.now(), LocalDate.now())
                        .replace("\"serialNumber\":\"SN-4711-A\"", "\"serialNumber\":null"))
                .post("/api/v1/support-contracts").then().statusCode(422).body("errors.field", hasItem("lines[0].serialNumber"));
        as(fixtures.tenant("Forger sp. z o.o.").admin()).body(definition(number(), NIP, LocalDate.now(), LocalDate.now()))
                .post("/api/v1/support-contracts").then().statusCode(403);
    }

    record Contract(String id, String number) {
    }

    private Contract contract() {
        return contract(LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1));
    }

    private Contract contract(LocalDate start, LocalDate end) {
        String number = number();
        String id = as(subscriptions.backoffice()).body(definition(number, NIP, start, end))
                .post("/api/v1/support-contracts").then().statusCode(201).extract().path("id");
        return new Contract(id, number);
    }

    /** Nine random digits and the NIP check digit (weights 6 5 7 2 3 4 5 6 7, sum mod 11, never 10). */
    static String randomNip() {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int weight : weights) {
                int digit = ThreadLocalRandom.current().nextInt(digits.length() == 0 ? 1 : 0, 10);
                digits.append(digit);
                sum += digit * weight;
            }
            if (sum % 11 != 10) {
                return digits.append(sum % 11).toString();
            }
        }
    }

    @Test
    void aFreshAccountIsLimitedBeforeItEverAskedWhoItIs() {
        Contract contract = contract();
        String newcomer = SubscriptionFixtures.tokenFor("newcomer-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com"); // no user record yet: every refused attempt rolls back
        for (int i = 0; i < 5; i++) {
            as(newcomer).body(body(NIP, contract.number(), "WRONG-" + i)).post("/api/v1/contract-claims")
                    .then().statusCode(422);
        }
        as(newcomer).body(body(NIP, contract.number(), "SN-4711-A")).post("/api/v1/contract-claims")
                .then().statusCode(429).body("type", equalTo("/problems/rate-limited"));
    }

    @Test
    void formatErrorsCountTowardsThePersonsLimit() {
        Fixtures.Tenant tenant = fixtures.tenant("Sloppy sp. z o.o.");
        Contract contract = contract();
        for (int i = 0; i < 5; i++) {
            claim(tenant.admin(), NIP, "k00000" + i, "X").then().statusCode(422);
        }
        claim(tenant.admin(), NIP, contract.number(), "SN-4711-A").then().statusCode(429);
    }

    @Test
    void manyAccountsTakingTurnsOnOneContractAreStoppedToo() {
        Contract contract = contract();
        for (int i = 0; i < 10; i++) {
            claim(fixtures.tenant("Sybil " + i).admin(), NIP, contract.number(), "GUESS-" + i).then().statusCode(422);
        }
        claim(fixtures.tenant("Sybil with the right serial").admin(), NIP, contract.number(), "SN-4711-A")
                .then().statusCode(429).body("detail", org.hamcrest.Matchers.containsString("this contract"));
        assertEquals(0, fixtures.count("select count(*) from support_contract where id = ?1 and company_id is not null",
                UUID.fromString(contract.id())));
    }

    private static String number() {
        return (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static String definition(String number, String taxId, LocalDate start, LocalDate end) {
        return """
                {"number":"%s","customerName":"Serwis Klient sp. z o.o.","customerCountry":"PL","customerTaxId":"%s",
                 "serviceLevel":"NBD","coverageStart":"%s","coverageEnd":"%s","lines":[
                 {"kind":"DEVICE","maker":"Fortinet","model":"FortiGate 60F","serialNumber":"SN-4711-A"},
                 {"kind":"SOFTWARE","productName":"FortiClient EMS","licenseKey":"ABCD-1234-EFGH"}]}
                """.formatted(number, taxId, start, end);
    }

    private static String body(String taxId, String number, String proof) {
        return "{\"country\":\"PL\",\"taxId\":\"" + taxId + "\",\"contractNumber\":\"" + number
                + "\",\"serialOrLicenseKey\":\"" + proof + "\"}";
    }

    private static Response claim(Fixtures.Person person, String taxId, String number, String proof) {
        return as(person).body(body(taxId, number, proof)).post("/api/v1/contract-claims");
    }
}
