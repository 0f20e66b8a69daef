package dev.portico.seat;

import static dev.portico.support.Api.anonymous;
import static dev.portico.support.Api.as;

import dev.portico.subscription.SubscriptionFixtures;
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

/** Every seat endpoint: no token → 401, no customer role → 403, another company's seat or subscription → 404. */
@QuarkusTest
class SeatTenancyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    String subscription;
    String seat;
    Fixtures.Tenant mine;

    record Endpoint(String name, BiFunction<RequestSpecification, String[], io.restassured.response.Response> call) {
    }

    @BeforeEach
    void setUp() {
        Fixtures.Tenant other = fixtures.tenant("Seat owner");
        subscription = subscriptions.create(other.companyId(), subscriptions.product(), other.admin().email());
        as(other.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        seat = as(other.admin()).body("{\"email\":\"held@example.com\"}")
                .post("/api/v1/subscriptions/" + subscription + "/seats").then().statusCode(201).extract().path("id");
        mine = fixtures.tenant("Stranger");
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET seats", (r, ids) -> r.get("/api/v1/subscriptions/" + ids[0] + "/seats")),
                new Endpoint("POST seat", (r, ids) -> r.body("{\"email\":\"x@example.com\"}")
                        .post("/api/v1/subscriptions/" + ids[0] + "/seats")),
                new Endpoint("POST seat import", (r, ids) -> r.contentType("text/csv").body("email\nx@example.com\n")
                        .post("/api/v1/subscriptions/" + ids[0] + "/seat-imports")),
                new Endpoint("PUT seat period", (r, ids) -> r.body("{\"validFrom\":\"2030-01-01\"}")
                        .put("/api/v1/seats/" + ids[1] + "/period")),
                new Endpoint("POST seat revocation", (r, ids) -> r.post("/api/v1/seats/" + ids[1] + "/revocation")));
    }

    @TestFactory
    Stream<DynamicTest> anotherCompanysSeatsAreNotFound() {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                e.call().apply(as(mine.admin()), new String[] {subscription, seat}).then().statusCode(404)
                        .contentType("application/problem+json")));
    }

    @TestFactory
    Stream<DynamicTest> withoutTokenEveryEndpointIs401() {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                e.call().apply(anonymous(), new String[] {subscription, seat}).then().statusCode(401)));
    }

    @TestFactory
    Stream<DynamicTest> withoutCustomerRoleEveryEndpointIs403() {
        Fixtures.Person agent = fixtures.person("agent", "support-agent");
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                e.call().apply(as(agent), new String[] {subscription, seat}).then().statusCode(403)));
    }
}
