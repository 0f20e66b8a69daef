package dev.portico.account;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.portico.platform.security.MembershipRole;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembersTest {

    @Inject
    Fixtures fixtures;

    Fixtures.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant("Members GmbH");
    }

    String members() {
        return "/api/v1/companies/" + tenant.companyId() + "/members";
    }

    @Test
    void adminSeesMembersWithTheActionsTheyMayTake() {
        as(tenant.admin()).get(members())
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].email", equalTo(tenant.admin().email()))
                .body("items[0].role", equalTo("ADMIN"))
                .body("items[0].actions.changeRole", equalTo(false)) // the only admin
                .body("items[0].actions.remove", equalTo(false))
                .body("items[1].actions.changeRole", equalTo(true))
                .body("next", nullValue());
    }

    @Test
    void memberSeesMembersButMayOnlyRemoveThemself() {
        as(tenant.member()).get(members())
                .then().statusCode(200)
                .body("items[1].email", equalTo(tenant.member().email()))
                .body("items[1].caller", equalTo(true))
                .body("items[0].caller", equalTo(false))
                .body("items[1].actions.changeRole", equalTo(false))
                .body("items[1].actions.remove", equalTo(true))
                .body("items[0].actions.remove", equalTo(false));
    }

    @Test
    void lastAdminCannotBeDemoted() {
        as(tenant.admin()).body("{\"role\":\"MEMBER\"}").patch(members() + "/" + tenant.admin().id())
                .then().statusCode(409)
                .body("type", equalTo("/problems/last-admin"))
                .body("detail", notNullValue());
    }

    @Test
    void lastAdminCannotBeRemoved() {
        as(tenant.admin()).delete(members() + "/" + tenant.admin().id())
                .then().statusCode(409).body("type", equalTo("/problems/last-admin"));
    }

    @Test
    void promotedMemberLetsThePreviousAdminStepDown() {
        as(tenant.admin()).body("{\"role\":\"ADMIN\"}").patch(members() + "/" + tenant.member().id())
                .then().statusCode(200).body("role", equalTo("ADMIN"));
        as(tenant.admin()).body("{\"role\":\"MEMBER\"}").patch(members() + "/" + tenant.admin().id())
                .then().statusCode(200).body("role", equalTo("MEMBER"));

        as(tenant.admin()).body("{\"role\":\"ADMIN\"}").patch(members() + "/" + tenant.admin().id())
                .then().statusCode(403);
        assertEquals(2L, fixtures.count(
                "select count(*) from audit_event where company_id = ?1 and action = 'MEMBER_ROLE_CHANGED'",
                tenant.companyId()));
    }

    @Test
    void adminRemovesAMemberWhoThenLosesAccess() {
        as(tenant.admin()).delete(members() + "/" + tenant.member().id()).then().statusCode(204);

        as(tenant.member()).get(members()).then().statusCode(404);
        as(tenant.member()).get("/api/v1/me").then().body("companies", hasSize(0));
    }

    @Test
    void memberMayLeaveTheCompany() {
        as(tenant.member()).delete(members() + "/" + tenant.member().id()).then().statusCode(204);
        as(tenant.member()).get("/api/v1/companies/" + tenant.companyId()).then().statusCode(404);
    }

    @Test
    void removingSomeoneWhoIsNotAMemberIs404() {
        var stranger = fixtures.person("stranger");
        as(tenant.admin()).delete(members() + "/" + stranger.id()).then().statusCode(404);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        as(tenant.admin()).body("{\"role\":\"ADMIN\"}").patch(members() + "/" + tenant.member().id())
                .then().statusCode(200);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> as(tenant.admin())
                .body("{\"role\":\"MEMBER\"}").patch(members() + "/" + tenant.member().id()).statusCode());
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> as(tenant.member())
                .body("{\"role\":\"MEMBER\"}").patch(members() + "/" + tenant.admin().id()).statusCode());
        Set<Integer> statuses = new HashSet<>(Set.of(first.get(), second.get()));

        assertEquals(1L, fixtures.count(
                "select count(*) from membership where company_id = ?1 and role = 'ADMIN'", tenant.companyId()));
        assertNotEquals(Set.of(200), statuses, "both demotions cannot succeed");
    }

    @Test
    void membersArePagedWithAnOpaqueCursor() {
        for (int i = 0; i < 3; i++) {
            fixtures.join(tenant.companyId(), fixtures.person("extra" + i), MembershipRole.MEMBER);
        }
        Set<String> seen = new HashSet<>();
        String next = as(tenant.admin()).queryParam("limit", 2).get(members())
                .then().statusCode(200).body("items", hasSize(2)).extract().path("next");
        seen.addAll(as(tenant.admin()).queryParam("limit", 2).get(members()).then().extract().path("items.email"));
        String last = as(tenant.admin()).queryParam("limit", 2).queryParam("cursor", next).get(members())
                .then().statusCode(200).body("items", hasSize(2)).extract().path("next");
        seen.addAll(as(tenant.admin()).queryParam("limit", 2).queryParam("cursor", next).get(members())
                .then().extract().path("items.email"));
        as(tenant.admin()).queryParam("limit", 2).queryParam("cursor", last).get(members())
                .then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
        assertEquals(4, seen.size());
    }

    @Test
    void limitAbove100IsAFieldError() {
        as(tenant.admin()).queryParam("limit", 101).get(members())
                .then().statusCode(422).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void foreignCursorIsA400() {
        as(tenant.admin()).queryParam("cursor", "not-a-cursor!").get(members())
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
