package dev.portico.platform;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.portico.platform.idempotency.IdempotencyStore;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    IdempotencyStore store;

    Fixtures.Tenant tenant;
    String body;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Idem AG");
        body = "{\"email\":\"idem-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com\",\"role\":\"MEMBER\"}";
    }

    String invitations() {
        return "/api/v1/companies/" + tenant.companyId() + "/invitations";
    }

    @Test
    void replayReturnsTheFirstResponseAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        String first = as(tenant.admin()).header("Idempotency-Key", key).body(body).post(invitations())
                .then().statusCode(201).extract().path("id");

        as(tenant.admin()).header("Idempotency-Key", key).body(body).post(invitations())
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(1L, fixtures.count("select count(*) from invitation where company_id = ?1", tenant.companyId()));
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where html_body like ?1",
                "%" + tenant.companyId().toString().substring(0, 8) + "%"));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        as(tenant.admin()).header("Idempotency-Key", key).body(body).post(invitations()).then().statusCode(201);

        as(tenant.admin()).header("Idempotency-Key", key).body(body.replace("MEMBER", "ADMIN")).post(invitations())
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void failedRequestReleasesItsKeyForARetry() {
        String key = UUID.randomUUID().toString();
        String taken = "{\"email\":\"" + tenant.member().email() + "\",\"role\":\"MEMBER\"}";
        as(tenant.admin()).header("Idempotency-Key", key).body(taken).post(invitations()).then().statusCode(409);
        as(tenant.admin()).header("Idempotency-Key", key).body(body).post(invitations()).then().statusCode(201);
    }

    @Test
    void keyOfAnotherCallerDoesNotReplay() {
        String key = UUID.randomUUID().toString();
        as(tenant.admin()).header("Idempotency-Key", key).body(body).post(invitations()).then().statusCode(201);
        var other = fixtures.tenant("Other");
        as(other.admin()).header("Idempotency-Key", key).body(body)
                .post("/api/v1/companies/" + other.companyId() + "/invitations")
                .then().statusCode(201);
    }

    @Test
    void secondClaimWhileTheFirstRunsIsInProgress() {
        String key = UUID.randomUUID().toString();
        assertInstanceOf(IdempotencyStore.Claim.Granted.class, store.claim("scope", key, "hash"));
        assertInstanceOf(IdempotencyStore.Claim.InProgress.class, store.claim("scope", key, "hash"));
        assertInstanceOf(IdempotencyStore.Claim.Mismatch.class, store.claim("scope", key, "other"));
    }

    @Test
    void requestWhileTheFirstStillRunsIs409() {
        String key = UUID.randomUUID().toString();
        // The first request has claimed the key and not finished yet.
        store.claim(tenant.admin().id() + " POST " + invitations(), key, sha256(body));

        as(tenant.admin()).header("Idempotency-Key", key).body(body).post(invitations())
                .then().statusCode(409).header("Retry-After", "1")
                .body("type", equalTo("/problems/idempotency-key-in-use"));
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
