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

    @org.junit.jupiter.api.Test
    void aSeatForSomeoneOutsideTheCompanyRevealsNeitherTheirAccountNorTheirName() {
        Fixtures.Person outsider = fixtures.person("outsider"); // a verified account, a member of another company
        String subscriptionOfMine = subscriptions.create(mine.companyId(), subscriptions.product(), mine.admin().email());
        as(mine.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscriptionOfMine + "/activation").then().statusCode(200);
        as(mine.admin()).body("{\"email\":\"" + outsider.email() + "\"}")
                .post("/api/v1/subscriptions/" + subscriptionOfMine + "/seats").then().statusCode(201)
                .body("state", org.hamcrest.Matchers.equalTo("INVITED"))
                .body("userId", org.hamcrest.Matchers.nullValue())
                .body("name", org.hamcrest.Matchers.nullValue());
        // the outsider takes the seat by signing in; from then on it is theirs, name and all
        as(outsider).get("/api/v1/me").then().statusCode(200);
        as(mine.admin()).get("/api/v1/subscriptions/" + subscriptionOfMine + "/seats").then().statusCode(200)
                .body("seats.find { it.email == '" + outsider.email() + "' }.state", org.hamcrest.Matchers.equalTo("ACTIVE"));
        // a colleague's seat is theirs at once
        as(mine.admin()).body("{\"email\":\"" + mine.member().email() + "\"}")
                .post("/api/v1/subscriptions/" + subscriptionOfMine + "/seats").then().statusCode(201)
                .body("state", org.hamcrest.Matchers.equalTo("ACTIVE"));
    }

    @org.junit.jupiter.api.Test
    void anotherCompanysSeatAnswers404WithoutNamingItsSubscription() {
        String detail = as(mine.admin()).body("{\"validFrom\":\"2030-01-01\"}").put("/api/v1/seats/" + seat + "/period")
                .then().statusCode(404).extract().path("detail");
        org.junit.jupiter.api.Assertions.assertFalse(detail.contains(subscription), detail);
    }
}
