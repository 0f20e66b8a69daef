package dev.portico.account;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationsTest {

    @Inject
    Fixtures fixtures;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Einladung GmbH", "de");
    }

    String invitations() {
        return "/api/v1/companies/" + tenant.companyId() + "/invitations";
    }

    String invite(String email, String role) {
        return as(tenant.admin()).body("{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}").post(invitations())
                .then().statusCode(201)
                .header("Location", containsString("/invitations/"))
                .body("status", equalTo("PENDING"))
                .body("actions.revoke", equalTo(true))
                .extract().path("id");
    }

    static String newEmail() {
        return "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void invitationIsMailedInTheCompanysLanguageAndAudited() {
        String email = newEmail();
        invite("  " + email.toUpperCase() + " ", "MEMBER");

        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and status = 'PENDING'", email));
        Object subject = fixtures.single("select subject from outbox_message where recipient = ?1", email);
        assertEquals(true, subject.toString().contains("hat Sie zu"), subject.toString());
        assertEquals(1L, fixtures.count(
                "select count(*) from audit_event where company_id = ?1 and action = 'MEMBER_INVITED'", tenant.companyId()));
        as(tenant.admin()).queryParam("status", "PENDING").get(invitations())
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].email", equalTo(email))
                .body("items[0].invitedByName", notNullValue());
    }

    @Test
    void inviteeJoinsWhenSigningInWithThatVerifiedEmail() {
        String email = newEmail();
        invite(email, "ADMIN");
        String subject = UUID.randomUUID().toString();

        as(Tokens.token(subject, email, true, "customer")).get("/api/v1/me")
                .then().statusCode(200)
                .body("companies", hasSize(1))
                .body("companies[0].companyId", equalTo(tenant.companyId().toString()))
                .body("companies[0].role", equalTo("ADMIN"));

        as(tenant.admin()).get(invitations()).then().body("items[0].status", equalTo("ACCEPTED"));
        assertEquals(1L, fixtures.count(
                "select count(*) from audit_event where company_id = ?1 and action = 'MEMBER_JOINED'", tenant.companyId()));
    }

    @Test
    void unverifiedEmailDoesNotJoin() {
        String email = newEmail();
        invite(email, "MEMBER");

        as(Tokens.token(UUID.randomUUID().toString(), email, false, "customer")).get("/api/v1/me")
                .then().statusCode(200).body("companies", hasSize(0));
    }

    @Test
    void revokedInvitationDoesNotLetAnyoneIn() {
        String email = newEmail();
        String id = invite(email, "MEMBER");
        as(tenant.admin()).delete(invitations() + "/" + id).then().statusCode(204);
        as(tenant.admin()).delete(invitations() + "/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/invitation-closed"));

        as(Tokens.token(UUID.randomUUID().toString(), email, true, "customer")).get("/api/v1/me")
                .then().body("companies", hasSize(0));
    }

    @Test
    void invitingAnExistingMemberIsAConflict() {
        as(tenant.admin()).body("{\"email\":\"" + tenant.member().email() + "\",\"role\":\"MEMBER\"}").post(invitations())
                .then().statusCode(409).body("type", equalTo("/problems/already-member"));
    }

    @Test
    void invitingTheSameEmailTwiceIsAConflict() {
        String email = newEmail();
        invite(email, "MEMBER");
        as(tenant.admin()).body("{\"email\":\"" + email + "\",\"role\":\"ADMIN\"}").post(invitations())
                .then().statusCode(409).body("type", equalTo("/problems/already-invited"));
    }

    @Test
    void anotherCompanysInvitationCannotBeRevoked() {
        String id = invite(newEmail(), "MEMBER");
        var other = fixtures.tenant("Other");
        as(other.admin()).delete("/api/v1/companies/" + other.companyId() + "/invitations/" + id)
                .then().statusCode(404);
    }

    @Test
    void sixthInvitationWithinAnHourIsRateLimited() {
        for (int i = 0; i < 5; i++) {
            invite(newEmail(), "MEMBER");
        }
        as(tenant.admin()).body("{\"email\":\"" + newEmail() + "\",\"role\":\"MEMBER\"}").post(invitations())
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/rate-limited"));
        assertEquals(5L, fixtures.count("select count(*) from invitation where company_id = ?1", tenant.companyId()));
    }
}
