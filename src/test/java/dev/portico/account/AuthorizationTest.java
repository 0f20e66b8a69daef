package dev.portico.account;

import static dev.portico.support.Api.anonymous;
import static dev.portico.support.Api.as;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every company endpoint: no token → 401, a token without the customer role → 403, another company's
 * (or a made-up) id → 404 exactly like a missing one, and a plain member on an admin action → 403.
 */
@QuarkusTest
class AuthorizationTest {

    @Inject
    Fixtures fixtures;

    Fixtures.Tenant a;
    Fixtures.Tenant b;
    Fixtures.Person agent;

    /** One endpoint, called for a company id and a member id of that company. */
    record Endpoint(String name, boolean adminOnly, Call call) {
    }

    interface Call {
        io.restassured.response.Response on(RequestSpecification request, UUID companyId, UUID memberId);
    }

    @BeforeEach
    void setUp() {
        a = fixtures.tenant("Tenant A");
        b = fixtures.tenant("Tenant B");
        // no Portico role at all: support agents and back office read some of these endpoints as the vendor's staff
        agent = fixtures.person("roleless", "offline_access");
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET company", false, (r, c, m) -> r.get("/api/v1/companies/" + c)),
                new Endpoint("PATCH company", true, (r, c, m) -> r.header("If-Match", "\"0\"").body("{\"name\":\"X\"}")
                        .patch("/api/v1/companies/" + c)),
                new Endpoint("GET members", false, (r, c, m) -> r.get("/api/v1/companies/" + c + "/members")),
                new Endpoint("PATCH member", true, (r, c, m) -> r.body("{\"role\":\"ADMIN\"}")
                        .patch("/api/v1/companies/" + c + "/members/" + m)),
                new Endpoint("DELETE member", true, (r, c, m) -> r.delete("/api/v1/companies/" + c + "/members/" + m)),
                new Endpoint("GET invitations", true, (r, c, m) -> r.get("/api/v1/companies/" + c + "/invitations")),
                new Endpoint("POST invitation", true, (r, c, m) -> r.body("{\"email\":\"someone@example.com\",\"role\":\"MEMBER\"}")
                        .post("/api/v1/companies/" + c + "/invitations")),
                new Endpoint("DELETE invitation", true, (r, c, m) -> r.delete("/api/v1/companies/" + c + "/invitations/" + UUID.randomUUID())),
                new Endpoint("GET audit events", true, (r, c, m) -> r.queryParam("companyId", c).get("/api/v1/audit-events")));
    }

    @TestFactory
    Stream<DynamicTest> withoutTokenEveryEndpointAnswers401() {
        return each(e -> e.call().on(anonymous(), a.companyId(), a.member().id()).then().statusCode(401)
                .contentType("application/problem+json"));
    }

    @TestFactory
    Stream<DynamicTest> withoutCustomerRoleEveryEndpointAnswers403() {
        return each(e -> e.call().on(as(agent), a.companyId(), a.member().id()).then().statusCode(403)
                .contentType("application/problem+json"));
    }

    @TestFactory
    Stream<DynamicTest> anotherCompanysIdAnswers404() {
        return each(e -> e.call().on(as(a.admin()), b.companyId(), b.member().id()).then().statusCode(404)
                .contentType("application/problem+json"));
    }

    @TestFactory
    Stream<DynamicTest> aMadeUpCompanyIdAnswersTheSame404() {
        return each(e -> e.call().on(as(a.admin()), UUID.randomUUID(), a.member().id()).then().statusCode(404)
                .contentType("application/problem+json"));
    }

    @TestFactory
    Stream<DynamicTest> aPlainMemberOnAnAdminActionAnswers403() {
        return endpoints().stream().filter(Endpoint::adminOnly).map(e -> DynamicTest.dynamicTest(e.name(),
                () -> e.call().on(as(a.member()), a.companyId(), a.admin().id()).then().statusCode(403)
                        .contentType("application/problem+json")));
    }

    private Stream<DynamicTest> each(java.util.function.Consumer<Endpoint> check) {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check.accept(e)));
    }
}
