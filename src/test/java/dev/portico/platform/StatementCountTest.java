package dev.portico.platform;

import static dev.portico.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import dev.portico.support.SupportFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A list page costs the same number of SQL statements whatever its size: no query per row (N+1). Counted by
 * Hibernate's statistics — a count, not a timing — for a page of a few items and a page of many.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    SupportFixtures support;

    @Inject
    SessionFactory sessions;

    @Inject
    dev.portico.catalog.CatalogFixtures catalog;

    private long statements(Supplier<RequestSpecification> who, String path) {
        Statistics statistics = sessions.getStatistics();
        who.get().get(path).then().statusCode(200); // warm: the first request of a person creates their record
        long before = statistics.getPrepareStatementCount();
        who.get().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }

    @Test
    void aSubscriptionListPageCostsTheSameStatementsForThreeRowsAsForThirty() {
        Fixtures.Tenant small = fixtures.tenant("Few Subscriptions GmbH");
        Fixtures.Tenant large = fixtures.tenant("Many Subscriptions GmbH");
        String product = subscriptions.product();
        for (int i = 0; i < 3; i++) {
            subscriptions.create(small.companyId(), product, small.admin().email());
        }
        for (int i = 0; i < 30; i++) {
            subscriptions.create(large.companyId(), product, large.admin().email());
        }
        long few = statements(() -> as(small.admin()), "/api/v1/subscriptions?limit=50&companyId=" + small.companyId());
        long many = statements(() -> as(large.admin()), "/api/v1/subscriptions?limit=50&companyId=" + large.companyId());
        assertEquals(few, many, "statements for 3 rows: " + few + ", for 30 rows: " + many);
    }

    @Test
    void aLicenseOverviewPageCostsTheSameStatementsForThreeSubscriptionsAsForThirty() {
        Fixtures.Tenant small = fixtures.tenant("Few Licenses GmbH");
        Fixtures.Tenant large = fixtures.tenant("Many Licenses GmbH");
        String product = subscriptions.product();
        for (int i = 0; i < 3; i++) {
            activatedWithASeat(small, product);
        }
        for (int i = 0; i < 30; i++) {
            activatedWithASeat(large, product);
        }
        long few = statements(() -> as(small.admin()), "/api/v1/companies/" + small.companyId() + "/license-overview?limit=50");
        long many = statements(() -> as(large.admin()), "/api/v1/companies/" + large.companyId() + "/license-overview?limit=50");
        assertEquals(few, many, "statements for 3 rows: " + few + ", for 30 rows: " + many);
    }

    /** An active subscription (its invoice issued, the admin's seat given) and a colleague's seat on it. */
    private void activatedWithASeat(Fixtures.Tenant tenant, String product) {
        String id = subscriptions.create(tenant.companyId(), product, tenant.admin().email());
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + id + "/activation").then().statusCode(200);
        as(tenant.admin()).body("{\"email\":\"" + tenant.member().email() + "\"}")
                .post("/api/v1/subscriptions/" + id + "/seats").then().statusCode(201);
    }

    @Test
    void aTicketListPageCostsTheSameStatementsForTwoRowsAsForTwenty() {
        Fixtures.Tenant small = fixtures.tenant("Few Tickets GmbH");
        Fixtures.Tenant large = fixtures.tenant("Many Tickets GmbH");
        open(small, 2);
        open(large, 20);
        long few = statements(() -> as(small.member()), "/api/v1/tickets?limit=50&companyId=" + small.companyId());
        long many = statements(() -> as(large.member()), "/api/v1/tickets?limit=50&companyId=" + large.companyId());
        assertEquals(few, many, "statements for 2 rows: " + few + ", for 20 rows: " + many);
    }

    @Test
    void aMemberListPageCostsTheSameStatementsForTwoRowsAsForTwenty() {
        Fixtures.Tenant small = fixtures.tenant("Few Members GmbH");
        Fixtures.Tenant large = fixtures.tenant("Many Members GmbH");
        for (int i = 0; i < 18; i++) {
            fixtures.join(large.companyId(), fixtures.person("colleague"), dev.portico.platform.security.MembershipRole.MEMBER);
        }
        long few = statements(() -> as(small.admin()), "/api/v1/companies/" + small.companyId() + "/members?limit=50");
        long many = statements(() -> as(large.admin()), "/api/v1/companies/" + large.companyId() + "/members?limit=50");
        assertEquals(few, many, "statements for 2 rows: " + few + ", for 20 rows: " + many);
    }

    @Test
    void aSignedInPersonsReadsWriteAndLockNothing() {
        Fixtures.Tenant tenant = fixtures.tenant("Read Only GmbH");
        String[] reads = {"/api/v1/me", "/api/v1/companies/" + tenant.companyId(),
            "/api/v1/subscriptions?companyId=" + tenant.companyId(), "/api/v1/orders?companyId=" + tenant.companyId(),
            "/api/v1/tickets?companyId=" + tenant.companyId(), "/api/v1/companies/" + tenant.companyId() + "/members",
            "/api/v1/companies/" + tenant.companyId() + "/license-overview"};
        for (String read : reads) {
            as(tenant.admin()).get(read).then().statusCode(200); // the first sign-in may write the person's record
        }
        for (String read : reads) {
            java.util.List<String> sql = dev.portico.support.RecordingDriver.record(
                    () -> as(tenant.admin()).get(read).then().statusCode(200));
            java.util.List<String> writes = sql.stream().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT))
                    .filter(s -> s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete")
                            || s.contains(" for update") || s.contains(" for no key update") || s.startsWith("begin"))
                    .toList();
            org.junit.jupiter.api.Assertions.assertTrue(writes.isEmpty(), "GET " + read + " wrote or locked: " + writes);
        }
    }

    @Test
    void aCatalogPageCostsTheSameStatementsForOneProductAsForFive() {
        Fixtures.Tenant reseller = fixtures.tenant("Catalog Reseller Srl");
        catalog.reseller(reseller.companyId(), 1000);
        for (int i = 0; i < 5; i++) {
            catalog.subscription(1, 1000 + i, 4000); // one variant priced in DE and PL each
        }
        String page = "/api/v1/products?companyId=" + reseller.companyId() + "&limit=";
        long one = statements(() -> as(reseller.admin()), page + 1);
        long five = statements(() -> as(reseller.admin()), page + 5);
        assertEquals(one, five, "statements for 1 product: " + one + ", for 5: " + five);
    }

    private void open(Fixtures.Tenant tenant, int tickets) {
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        for (int i = 0; i < tickets; i++) {
            as(tenant.member()).body("""
                    {"contractLineId":"%s","title":"Ticket %d","description":"x"}""".formatted(contract.deviceLine(), i))
                    .post("/api/v1/tickets").then().statusCode(201);
        }
    }
}
