package dev.portico.support;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agents' queue finds a ticket by its number, title, company name, contract number, serial number or license key;
 * agents set a ticket's priority and assignee (If-Match, audited), which only agents see and which the queue filters by.
 */
@QuarkusTest
class TicketTriageTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SupportFixtures support;

    record Opened(Fixtures.Tenant tenant, SupportFixtures.Contract contract, String device, String software) {
    }

    private Opened opened(String company) {
        Fixtures.Tenant tenant = fixtures.tenant(company);
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String title = "Fan noise " + UUID.randomUUID().toString().substring(0, 8);
        String device = open(tenant.member(), contract.deviceLine(), title);
        String software = open(tenant.member(), contract.softwareLine(), "Licence expired");
        return new Opened(tenant, contract, device, software);
    }

    private List<String> queue(String q) {
        return as(support.agent()).queryParam("q", q).queryParam("limit", 100).get("/api/v1/support-queue")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void theQueueFindsATicketByItsContractNumberInAnyCase() {
        Opened o = opened("Contract Search GmbH");
        assertEquals(List.of(o.device(), o.software()), queue(o.contract().number()));
        assertEquals(List.of(o.device(), o.software()), queue(o.contract().number().toLowerCase()));
    }

    @Test
    void theQueueFindsATicketByItsNumberTitleOrCompanyName() {
        Opened o = opened("Company Search GmbH");
        String number = as(support.agent()).get("/api/v1/tickets/" + o.device()).then().extract().path("number");
        String title = as(support.agent()).get("/api/v1/tickets/" + o.device()).then().extract().path("title");
        String company = (String) fixtures.single("select name from company where id = ?1", o.tenant().companyId());
        assertEquals(List.of(o.device()), queue(number));
        assertEquals(List.of(o.device()), queue(title.substring(4).toUpperCase()));
        assertEquals(List.of(o.device(), o.software()), queue(company.substring(company.length() - 12)));
    }

    @Test
    void theQueueFindsATicketByItsLinesSerialNumberOrLicenseKey() {
        Opened o = opened("Serial Search GmbH");
        assertEquals(List.of(o.device()), queue("sn-" + o.contract().number()));
        assertEquals(List.of(o.software()), queue("KEY-" + o.contract().number()));
        assertEquals(List.of(), queue("nothing-like-" + UUID.randomUUID()));
    }

    @Test
    void anAgentAssignsATicketAndSetsItsPriorityWithIfMatchAndItIsAudited() {
        Opened o = opened("Triage GmbH");
        Fixtures.Person agent = support.agent();
        Fixtures.Person colleague = fixtures.person("colleague", "support-agent");
        as(colleague).get("/api/v1/me").then().statusCode(200); // signing in records the agent role
        as(agent).get("/api/v1/support-agents?limit=100").then().statusCode(200)
                .body("items.id", hasItem(colleague.id().toString()));

        Response read = as(agent).get("/api/v1/tickets/" + o.device());
        read.then().statusCode(200).body("priority", equalTo("NORMAL")).body("assignee", nullValue())
                .body("actions.triage", equalTo(true));
        String etag = read.header("ETag");
        String body = "{\"priority\":\"URGENT\",\"assigneeId\":\"" + colleague.id() + "\"}";
        as(agent).body(body).put("/api/v1/tickets/" + o.device() + "/triage").then().statusCode(428);
        Response triaged = as(agent).header("If-Match", etag).body(body).put("/api/v1/tickets/" + o.device() + "/triage");
        triaged.then().statusCode(200).body("priority", equalTo("URGENT"))
                .body("assignee.id", equalTo(colleague.id().toString())).body("assignee.email", equalTo(colleague.email()));
        assertNotEquals(etag, triaged.header("ETag"));
        // the same tag again is stale now
        as(agent).header("If-Match", etag).body("{\"priority\":\"LOW\"}").put("/api/v1/tickets/" + o.device() + "/triage")
                .then().statusCode(412);
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'TICKET_ASSIGNED'"
                + " and actor_id = ?2 and company_id is null", o.device().toString(), agent.id()));
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1"
                + " and action = 'TICKET_PRIORITY_CHANGED' and summary like '%NORMAL to URGENT%'", o.device().toString()));

        // unassigning: no assignee in the body
        as(agent).header("If-Match", triaged.header("ETag")).body("{\"priority\":\"URGENT\"}")
                .put("/api/v1/tickets/" + o.device() + "/triage").then().statusCode(200).body("assignee", nullValue());
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'TICKET_UNASSIGNED'",
                o.device().toString()));
    }

    @Test
    void theQueueFiltersByPriorityAndAssignee() {
        Opened o = opened("Filter GmbH");
        Fixtures.Person agent = support.agent();
        String etag = as(agent).get("/api/v1/tickets/" + o.software()).header("ETag");
        as(agent).header("If-Match", etag).body("{\"priority\":\"HIGH\",\"assigneeId\":\"" + agent.id() + "\"}")
                .put("/api/v1/tickets/" + o.software() + "/triage").then().statusCode(200);
        String company = o.tenant().companyId().toString();
        as(agent).queryParam("companyId", company).queryParam("priority", "HIGH", "URGENT").get("/api/v1/support-queue")
                .then().statusCode(200).body("items.id", equalTo(List.of(o.software())))
                .body("items[0].priority", equalTo("HIGH")).body("items[0].assignee.id", equalTo(agent.id().toString()));
        as(agent).queryParam("companyId", company).queryParam("assignee", "me").get("/api/v1/support-queue")
                .then().body("items.id", equalTo(List.of(o.software())));
        as(agent).queryParam("companyId", company).queryParam("assignee", agent.id().toString()).get("/api/v1/support-queue")
                .then().body("items.id", equalTo(List.of(o.software())));
        as(agent).queryParam("companyId", company).queryParam("assignee", "none").get("/api/v1/support-queue")
                .then().body("items.id", equalTo(List.of(o.device())));
        as(agent).queryParam("assignee", "someone").get("/api/v1/support-queue").then().statusCode(422);
    }

    @Test
    void onlyAgentsTriageAndOnlyAgentsSeeTheTriage() {
        Opened o = opened("Customer View GmbH");
        Fixtures.Person agent = support.agent();
        String etag = as(agent).get("/api/v1/tickets/" + o.device()).header("ETag");
        as(o.tenant().admin()).header("If-Match", etag).body("{\"priority\":\"URGENT\"}")
                .put("/api/v1/tickets/" + o.device() + "/triage").then().statusCode(403);
        as(fixtures.person("clerk", "backoffice")).header("If-Match", etag).body("{\"priority\":\"URGENT\"}")
                .put("/api/v1/tickets/" + o.device() + "/triage").then().statusCode(403);
        as(o.tenant().admin()).get("/api/v1/support-agents").then().statusCode(403);
        as(agent).header("If-Match", etag).body("{\"priority\":\"URGENT\",\"assigneeId\":\"" + agent.id() + "\"}")
                .put("/api/v1/tickets/" + o.device() + "/triage").then().statusCode(200);
        as(o.tenant().member()).get("/api/v1/tickets/" + o.device()).then().statusCode(200)
                .body("priority", nullValue()).body("assignee", nullValue()).body("actions.triage", equalTo(false));
        as(o.tenant().member()).queryParam("companyId", o.tenant().companyId()).get("/api/v1/tickets").then().statusCode(200)
                .body("items.priority", not(hasItem("URGENT"))).body("items.assignee", not(hasItem(org.hamcrest.Matchers.notNullValue())));
    }

    @Test
    void onlyASupportAgentCanBeTheAssignee() {
        Opened o = opened("Wrong Assignee GmbH");
        Fixtures.Person agent = support.agent();
        String etag = as(agent).get("/api/v1/tickets/" + o.device()).header("ETag");
        for (UUID notAnAgent : List.of(o.tenant().admin().id(), UUID.randomUUID())) {
            as(agent).header("If-Match", etag).body("{\"priority\":\"LOW\",\"assigneeId\":\"" + notAnAgent + "\"}")
                    .put("/api/v1/tickets/" + o.device() + "/triage").then().statusCode(422)
                    .body("errors[0].field", equalTo("assigneeId"));
        }
        as(agent).get("/api/v1/tickets/" + o.device()).then().body("priority", equalTo("NORMAL"));
    }

    private static String open(Fixtures.Person person, String line, String title) {
        return as(person).body("""
                {"contractLineId":"%s","title":"%s","description":"Details"}""".formatted(line, title))
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
    }
}
