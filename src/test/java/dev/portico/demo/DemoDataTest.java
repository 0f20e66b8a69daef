package dev.portico.demo;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.account.AccountDemoData;
import dev.portico.catalog.CatalogDemoData;
import dev.portico.order.OrderDemoData;
import dev.portico.subscription.SubscriptionDemoData;
import dev.portico.support.SupportDemoData;
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
    CatalogDemoData catalog;

    @Inject
    OrderDemoData credit;

    @Inject
    SupportDemoData support;

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

    @Test
    void theDemoResellerSeesTheDiscountedCatalogAndHasCreditToBuy() {
        accounts.load();
        subscriptions.load();
        catalog.load();
        credit.load();
        catalog.load();
        credit.load();

        String rita = Tokens.token("5a0f0c3e-0000-4000-a000-000000000004", "rita.reseller@resello.example", true, "customer");
        String resello = "c0000000-0000-4000-a000-000000000003";
        as(rita).queryParam("companyId", resello).get("/api/v1/products/" + CatalogDemoData.REMOTE_SIGNATURE)
                .then().statusCode(200)
                .body("variants.find { it.code == 'SPID' }.price.discountBasisPoints", equalTo(3000))
                .body("variants.find { it.code == 'SPID' }.price.grossPrice.amount", equalTo(4_185));
        as(rita).get("/api/v1/credit-accounts/" + resello).then().statusCode(200)
                .body("balance.amount", greaterThanOrEqualTo(0));
        assertEquals(5L, fixtures.count("select count(*) from agreement where product_code = 'REMOTE-SIGNATURE'"));
        assertEquals(1L, fixtures.count("select count(*) from credit_entry where company_id = ?1 and kind = 'TOP_UP' "
                + "and reason like 'Opening balance%'", java.util.UUID.fromString(resello)));
    }

    @Test
    void theDemoSupportContractsCanBeClaimedAndAreListedForBorealis() {
        accounts.load();
        support.load();
        support.load();
        String bogdan = Tokens.token("5a0f0c3e-0000-4000-a000-000000000003", "bogdan.admin@borealis.example", true, "customer");
        as(bogdan).queryParam("companyId", "b0000000-0000-4000-a000-000000000002").get("/api/v1/support-contracts")
                .then().statusCode(200).body("items.number", hasItem("K100300"));
        assertEquals(1L, fixtures.count("select count(*) from support_contract where number = 'K100200' and company_id is null"));
    }
}
