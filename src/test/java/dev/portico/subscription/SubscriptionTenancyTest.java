package dev.portico.subscription;

import static dev.portico.support.Api.anonymous;
import static dev.portico.support.Api.as;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every subscription endpoint: no token → 401; another company's subscription → 404, as a missing one. */
@QuarkusTest
class SubscriptionTenancyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    String foreign;
    Fixtures.Tenant mine;

    record Endpoint(String name, BiFunction<RequestSpecification, String, io.restassured.response.Response> call) {
    }

    @BeforeEach
    void setUp() {
        Fixtures.Tenant other = fixtures.tenant("Other company");
        String product = subscriptions.product();
        foreign = subscriptions.create(other.companyId(), product, other.admin().email());
        as(other.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + foreign + "/activation").then().statusCode(200);
        mine = fixtures.tenant("My company");
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET subscription", (r, id) -> r.get("/api/v1/subscriptions/" + id)),
                new Endpoint("GET agreement", (r, id) -> r.get("/api/v1/subscriptions/" + id + "/agreement")),
                new Endpoint("POST activation", (r, id) -> r.body("{\"agreementVersion\":1,\"language\":\"en\"}")
                        .post("/api/v1/subscriptions/" + id + "/activation")),
                new Endpoint("GET accepted agreement", (r, id) -> r.get("/api/v1/subscriptions/" + id + "/accepted-agreement")),
                new Endpoint("PUT po-number", (r, id) -> r.header("If-Match", "\"1\"").body("{\"poNumber\":\"X\"}")
                        .put("/api/v1/subscriptions/" + id + "/po-number")),
                new Endpoint("PUT payment-method", (r, id) -> r.body("{\"type\":\"INVOICE\"}")
                        .put("/api/v1/subscriptions/" + id + "/payment-method")),
                new Endpoint("POST admin-transfer", (r, id) -> r.body("{\"email\":\"x@example.com\"}")
                        .post("/api/v1/subscriptions/" + id + "/admin-transfer")),
                new Endpoint("DELETE admin-transfer", (r, id) -> r.delete("/api/v1/subscriptions/" + id + "/admin-transfer")),
                new Endpoint("GET po-numbers", (r, id) -> r.get("/api/v1/subscriptions/" + id + "/po-numbers")),
                new Endpoint("GET invoices", (r, id) -> r.get("/api/v1/subscriptions/" + id + "/invoices")),
                new Endpoint("GET invoice pdf", (r, id) -> r.accept("application/pdf").get("/api/v1/subscriptions/" + id + "/invoices/"
                        + java.util.UUID.randomUUID() + "/pdf")),
                new Endpoint("POST cancellation", (r, id) -> r.post("/api/v1/subscriptions/" + id + "/cancellation")),
                new Endpoint("DELETE cancellation", (r, id) -> r.delete("/api/v1/subscriptions/" + id + "/cancellation")));
    }

    @TestFactory
    Stream<DynamicTest> anotherCompanysSubscriptionIsNotFound() {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                e.call().apply(as(mine.admin()), foreign).then().statusCode(404).contentType("application/problem+json")));
    }

    @TestFactory
    Stream<DynamicTest> withoutTokenEveryEndpointIs401() {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                e.call().apply(anonymous(), foreign).then().statusCode(401)));
    }

    @TestFactory
    Stream<DynamicTest> withoutCustomerRoleEveryEndpointIs403() {
        Fixtures.Person agent = fixtures.person("agent", "support-agent");
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                e.call().apply(as(agent), foreign).then().statusCode(403)));
    }

    @TestFactory
    Stream<DynamicTest> listFilteredByAnotherCompanyIs404() {
        return Stream.of(DynamicTest.dynamicTest("GET list", () -> {
            var other = fixtures.tenant("Third");
            as(mine.admin()).queryParam("companyId", other.companyId()).get("/api/v1/subscriptions")
                    .then().statusCode(404);
        }));
    }
}
