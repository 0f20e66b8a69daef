package dev.portico.account;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import dev.portico.support.SupportFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Back office sees any one customer's subscriptions, orders, credit, contracts, tickets and members through the same
 * endpoints the customer uses (a customer's overview), and may change nothing there; customers still see only their own.
 */
@QuarkusTest
class CustomerOverviewTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    SupportFixtures support;

    @Test
    void backOfficeReadsEveryPartOfACustomersOverview() {
        Fixtures.Tenant tenant = fixtures.tenant("Overview GmbH");
        String subscription = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String ticket = as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Overview ticket","description":"x"}""".formatted(contract.deviceLine()))
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        Fixtures.Person clerk = subscriptions.backoffice();
        as(clerk).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\":{\"amount\":2500,\"currency\":\"EUR\"},\"reason\":\"Overview\"}")
                .post("/api/v1/credit-accounts/" + tenant.companyId() + "/top-ups").then().statusCode(201);
        String company = tenant.companyId().toString();

        as(clerk).queryParam("companyId", company).get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.id", equalTo(List.of(subscription)))
                .body("items.collect { it.actions.values() }.flatten()", everyItem(equalTo(false)));
        as(clerk).queryParam("companyId", company).get("/api/v1/orders").then().statusCode(200).body("items", hasSize(0));
        as(clerk).get("/api/v1/credit-accounts/" + company).then().statusCode(200).body("balance.amount", equalTo(2500));
        as(clerk).queryParam("companyId", company).get("/api/v1/support-contracts").then().statusCode(200)
                .body("items.number", equalTo(List.of(contract.number())));
        as(clerk).queryParam("companyId", company).get("/api/v1/tickets").then().statusCode(200)
                .body("items.id", equalTo(List.of(ticket)));
        as(clerk).get("/api/v1/companies/" + company + "/members").then().statusCode(200)
                .body("items.email", hasItem(tenant.member().email()))
                .body("items.collect { it.actions.values() }.flatten()", everyItem(equalTo(false)));
    }

    @Test
    void anotherCustomerStillSeesNoneOfItAndAgentsSeeOnlyTheQueue() {
        Fixtures.Tenant tenant = fixtures.tenant("Private GmbH");
        Fixtures.Tenant other = fixtures.tenant("Nosy GmbH");
        String company = tenant.companyId().toString();
        as(other.admin()).queryParam("companyId", company).get("/api/v1/subscriptions").then().statusCode(404);
        as(other.admin()).queryParam("companyId", company).get("/api/v1/orders").then().statusCode(404);
        as(other.admin()).get("/api/v1/credit-accounts/" + company).then().statusCode(404);
        as(other.admin()).queryParam("companyId", company).get("/api/v1/tickets").then().statusCode(404);
        as(other.admin()).get("/api/v1/companies/" + company + "/members").then().statusCode(404);
        as(support.agent()).queryParam("companyId", company).get("/api/v1/orders").then().statusCode(403);
        as(support.agent()).get("/api/v1/companies/" + company + "/members").then().statusCode(403);
        as(support.agent()).get("/api/v1/companies/" + company).then().statusCode(200).body("name", equalTo(
                fixtures.single("select name from company where id = ?1", tenant.companyId())));
    }
}
