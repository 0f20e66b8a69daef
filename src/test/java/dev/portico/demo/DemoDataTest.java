package dev.portico.demo;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.account.AccountDemoData;
import dev.portico.subscription.SubscriptionDemoData;
import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo data that `scripts/dev.sh` and the end-to-end suite load: complete, and loadable twice. */
@QuarkusTest
class DemoDataTest {

    @Inject
    AccountDemoData accounts;

    @Inject
    SubscriptionDemoData subscriptions;

    @Inject
    Fixtures fixtures;

    @Test
    void demoDataLoadsOnceAndHasASubscriptionInEveryState() {
        accounts.load();
        subscriptions.load();
        accounts.load();
        subscriptions.load();

        assertEquals(3L, fixtures.count("select count(*) from company where id::text like '_0000000-0000-4000-a000-%'"));
        String alice = Tokens.token("5a0f0c3e-0000-4000-a000-000000000001", "alice.admin@acme.example", true, "customer");
        as(alice).get("/api/v1/me").then().statusCode(200).body("companies", hasSize(1));
        as(alice).queryParam("companyId", "a0000000-0000-4000-a000-000000000001")
                .queryParam("status", "PENDING_ACTIVATION").queryParam("status", "ACTIVE")
                .queryParam("status", "NON_RENEWING").queryParam("status", "ENDED").queryParam("status", "LAPSED")
                .get("/api/v1/subscriptions")
                .then().statusCode(200)
                .body("items.status", containsInAnyOrder("PENDING_ACTIVATION", "ACTIVE", "NON_RENEWING", "ENDED", "LAPSED"));
        assertEquals(10L, fixtures.count("select count(*) from agreement where product_code in ('PROFIS-ENGINEERING', 'ON-TRACK')"));
    }
}
