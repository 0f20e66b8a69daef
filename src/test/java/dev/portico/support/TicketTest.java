package dev.portico.support;

import static dev.portico.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tickets: who sees them, the thread and its internal notes, CCs, states, and the mails that go out. */
@QuarkusTest
class TicketTest {

    static final String SECRET = "internal-secret-" + UUID.randomUUID();

    @Inject
    Fixtures fixtures;

    @Inject
    SupportFixtures support;

    @Test
    void openingATicketMailsTheReporterAndTheCcsWithTheNumberInTheSubject() {
        Fixtures.Tenant tenant = fixtures.tenant("Ticket GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String attachment = upload(tenant.member(), "router.log", "2026-11-22 link down\n".getBytes())
                .then().statusCode(201).body("mediaType", startsWith("text/")).extract().path("id");
        JsonPath ticket = as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Firewall drops VPN","description":"Since this morning.",
                 "attachmentIds":["%s"],"cc":["Ops@Example.com","ops@example.com","boss@example.com"]}
                """.formatted(contract.deviceLine(), attachment))
                .post("/api/v1/tickets").then().statusCode(201).extract().jsonPath();
        String number = ticket.getString("number");
        assertTrue(number.matches("T-\\d{4}-\\d{6}"), number);
        assertEquals("OPEN", ticket.getString("state"));
        assertEquals(java.util.Set.of("ops@example.com", "boss@example.com"), java.util.Set.copyOf(ticket.getList("cc")));
        assertEquals("router.log", ticket.getString("attachments[0].fileName"));
        assertEquals("Fortinet FortiGate 60F, SN SN-" + contract.number(), ticket.getString("line.label"));
        for (String to : List.of(tenant.member().email(), "ops@example.com", "boss@example.com")) {
            assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 "
                    + "and template = 'support/ticket-opened' and subject like ?2", to, "%" + number + "%"));
        }
        // everyone in the company sees it
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).get("/api/v1/tickets").then().statusCode(200)
                .body("items.number", hasItem(number));
        byte[] file = as(tenant.admin()).accept("*/*").get("/api/v1/ticket-attachments/" + attachment)
                .then().statusCode(200).extract().asByteArray();
        assertEquals("2026-11-22 link down\n", new String(file));
    }

    @Inject
    TestClock clock;

    @Test
    void coverageAndTicketNumbersFollowTheCustomersTimeZoneNotUtc() {
        Fixtures.Tenant tenant = fixtures.tenant("Kiwi Tools Ltd");
        fixtures.execute("update company set time_zone = 'Pacific/Auckland' where id = ?1", tenant.companyId());
        java.time.Instant now = clock.instant();
        java.time.Instant lateUtc = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1).atTime(13, 0)
                .toInstant(java.time.ZoneOffset.UTC); // 13:00 UTC is already tomorrow in Auckland
        clock.advance(java.time.Duration.between(now, lateUtc));
        try {
            java.time.LocalDate aucklandToday = lateUtc.atZone(java.time.ZoneId.of("Pacific/Auckland")).toLocalDate();
            SupportFixtures.Contract contract = support.contractOf(tenant.companyId(), aucklandToday, aucklandToday.plusYears(1));
            as(tenant.member()).get("/api/v1/support-contracts/" + contract.id()).then().statusCode(200)
                    .body("active", equalTo(true));
            as(tenant.member()).body("""
                    {"contractLineId":"%s","title":"First day","description":"It starts today here"}"""
                    .formatted(contract.deviceLine())).post("/api/v1/tickets").then().statusCode(201)
                    .body("number", startsWith("T-" + aucklandToday.getYear() + "-"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anInternalNoteLeavesNoTraceInTheCompanysAuditTrailOrInWhenTheTicketChanged() {
        Fixtures.Tenant tenant = fixtures.tenant("Discreet GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String id = open(tenant.member(), contract.deviceLine(), List.of());
        String changed = as(tenant.member()).get("/api/v1/tickets/" + id).then().extract().path("updatedAt");
        as(support.agent()).body("{\"body\":\"Looks like the PSU\",\"internal\":true}")
                .post("/api/v1/tickets/" + id + "/messages").then().statusCode(200);
        as(tenant.member()).get("/api/v1/tickets/" + id).then().body("updatedAt", equalTo(changed));
        as(tenant.admin()).queryParam("companyId", tenant.companyId()).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", not(hasItem("TICKET_NOTE_ADDED")))
                .body("items.summary.findAll { it.contains('internal') }", org.hamcrest.Matchers.empty());
    }

    @Test
    void anInternalNoteNeverReachesTheCustomerInAnyResponseListOrMail() {
        Fixtures.Tenant tenant = fixtures.tenant("Secret GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String id = open(tenant.member(), contract.deviceLine(), List.of("cc-" + UUID.randomUUID() + "@example.com"));
        String noteFile = upload(support.agent(), "analysis.txt", (SECRET + "\n").getBytes()).then().statusCode(201)
                .extract().path("id");
        long mailsBefore = fixtures.count("select count(*) from outbox_message where text_body like ?1", "%" + SECRET + "%");
        as(support.agent()).body("{\"body\":\"" + SECRET + "\",\"internal\":true,\"attachmentIds\":[\"" + noteFile + "\"]}")
                .post("/api/v1/tickets/" + id + "/messages").then().statusCode(200)
                .body("messages.body", hasItem(SECRET));
        assertEquals(mailsBefore, fixtures.count("select count(*) from outbox_message where text_body like ?1 or html_body like ?1",
                "%" + SECRET + "%"));

        String customer = tenant.member().token();
        assertFalse(as(customer).get("/api/v1/tickets/" + id).then().statusCode(200).extract().asString().contains(SECRET));
        assertFalse(as(customer).queryParam("companyId", tenant.companyId()).get("/api/v1/tickets")
                .then().statusCode(200).extract().asString().contains(SECRET));
        assertFalse(as(customer).body("{\"body\":\"Any news?\"}").post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(200).extract().asString().contains(SECRET));
        assertFalse(as(customer).body("{\"email\":\"more@example.com\"}").post("/api/v1/tickets/" + id + "/cc")
                .then().statusCode(200).extract().asString().contains(SECRET));
        assertFalse(as(customer).delete("/api/v1/tickets/" + id + "/cc/more@example.com")
                .then().statusCode(200).extract().asString().contains(SECRET));
        assertFalse(as(customer).queryParam("companyId", tenant.companyId()).queryParam("state", "WAITING_FOR_SUPPORT")
                .get("/api/v1/tickets").then().statusCode(200).extract().asString().contains(SECRET));
        assertFalse(as(customer).post("/api/v1/tickets/" + id + "/closure").then().statusCode(200).extract().asString()
                .contains(SECRET));
        assertFalse(as(customer).post("/api/v1/tickets/" + id + "/reopening").then().statusCode(200).extract().asString()
                .contains(SECRET));
        as(customer).accept("*/*").get("/api/v1/ticket-attachments/" + noteFile).then().statusCode(404);
        as(customer).body("{\"body\":\"I am not an agent\",\"internal\":true}").post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(403);
        // the agent still sees it
        as(support.agent()).get("/api/v1/tickets/" + id).then().statusCode(200).body("messages.internal", hasItem(true));
    }

    @Test
    void aPublicReplyIsMailedToReporterAndCcsButNotToItsAuthor() {
        Fixtures.Tenant tenant = fixtures.tenant("Reply GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String cc = "watcher-" + UUID.randomUUID() + "@example.com";
        String id = open(tenant.member(), contract.softwareLine(), List.of(cc));
        as(support.agent()).body("{\"body\":\"Please send the EMS log.\"}").post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(200).body("state", equalTo("WAITING_FOR_CUSTOMER"))
                .body("messages[0].fromSupport", equalTo(true));
        for (String to : List.of(tenant.member().email(), cc)) {
            assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = "
                    + "'support/ticket-reply' and text_body like '%Please send the EMS log.%'", to));
        }
        as(tenant.member()).body("{\"body\":\"Attached.\"}").post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(200).body("state", equalTo("WAITING_FOR_SUPPORT"))
                .body("messages[0].body", equalTo("Attached.")); // newest first
        assertEquals(1L, fixtures.count("select count(*) from outbox_message where recipient = ?1 and template = "
                + "'support/ticket-reply'", tenant.member().email()));
    }

    @Test
    void aClosedTicketReopensOnACustomerReplyAndTheReopeningIsAudited() {
        Fixtures.Tenant tenant = fixtures.tenant("Reopen GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String id = open(tenant.member(), contract.deviceLine(), List.of());
        as(support.agent()).post("/api/v1/tickets/" + id + "/resolution").then().statusCode(200).body("state", equalTo("RESOLVED"));
        as(tenant.member()).post("/api/v1/tickets/" + id + "/closure").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("actions.reopen", equalTo(true));
        as(tenant.member()).post("/api/v1/tickets/" + id + "/closure").then().statusCode(409)
                .body("type", equalTo("/problems/ticket-transition"));
        as(tenant.member()).body("{\"body\":\"It is back.\"}").post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(200).body("state", equalTo("WAITING_FOR_SUPPORT"));
        assertEquals(1L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'TICKET_REOPENED'", id));
        as(tenant.member()).post("/api/v1/tickets/" + id + "/resolution").then().statusCode(403);
        as(tenant.member()).post("/api/v1/tickets/" + id + "/closure").then().statusCode(200);
        as(tenant.member()).post("/api/v1/tickets/" + id + "/reopening").then().statusCode(200)
                .body("state", equalTo("WAITING_FOR_SUPPORT"));
        assertEquals(2L, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'TICKET_REOPENED'", id));
    }

    @Test
    void anotherCompanysContractTicketAndAttachmentAreNotFound() {
        Fixtures.Tenant owner = fixtures.tenant("Owner GmbH");
        Fixtures.Tenant other = fixtures.tenant("Other GmbH");
        SupportFixtures.Contract contract = support.contractOf(owner.companyId());
        String file = upload(owner.member(), "a.txt", "hello".getBytes()).then().extract().path("id");
        String id = open(owner.member(), contract.deviceLine(), List.of(), file);
        String intruder = other.admin().token();
        as(intruder).get("/api/v1/tickets/" + id).then().statusCode(404);
        as(intruder).body("{\"body\":\"hi\"}").post("/api/v1/tickets/" + id + "/messages").then().statusCode(404);
        as(intruder).body("{\"email\":\"x@example.com\"}").post("/api/v1/tickets/" + id + "/cc").then().statusCode(404);
        as(intruder).delete("/api/v1/tickets/" + id + "/cc/x@example.com").then().statusCode(404);
        as(intruder).post("/api/v1/tickets/" + id + "/closure").then().statusCode(404);
        as(intruder).post("/api/v1/tickets/" + id + "/reopening").then().statusCode(404);
        as(intruder).accept("*/*").get("/api/v1/ticket-attachments/" + file).then().statusCode(404);
        as(intruder).get("/api/v1/support-contracts/" + contract.id()).then().statusCode(404);
        as(intruder).queryParam("companyId", owner.companyId()).get("/api/v1/tickets").then().statusCode(404);
        as(intruder).body("""
                {"contractLineId":"%s","title":"Mine now","description":"?"}""".formatted(contract.deviceLine()))
                .post("/api/v1/tickets").then().statusCode(404);
        // someone else's unattached upload cannot be attached either
        String foreign = upload(other.admin(), "b.txt", "x".getBytes()).then().extract().path("id");
        as(owner.member()).body("""
                {"contractLineId":"%s","title":"T","description":"D","attachmentIds":["%s"]}""".formatted(contract.deviceLine(), foreign))
                .post("/api/v1/tickets").then().statusCode(422).body("errors.field", hasItem("attachmentIds[0]"));
    }

    @Test
    void aTooLargeUploadAnswers413AndAnExecutableRenamedTxtAnswers415() {
        Fixtures.Tenant tenant = fixtures.tenant("Upload GmbH");
        upload(tenant.member(), "huge.log", new byte[21 * 1024 * 1024]).then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("/problems/payload-too-large"))
                .body("detail", containsString("20.0 MB"));
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        upload(tenant.member(), "notes.txt", exe).then().statusCode(415)
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("detail", containsString("notes.txt"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload(tenant.member(), "screenshot.dat", png).then().statusCode(201).body("mediaType", equalTo("image/png"));
        upload(tenant.member(), "firewall.conf", "set system hostname fw1\n".getBytes()).then().statusCode(201);
        upload(tenant.member(), "bundle.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}).then().statusCode(201)
                .body("mediaType", equalTo("application/zip"));
        assertEquals(3L, fixtures.count("select count(*) from ticket_attachment where uploaded_by = ?1", tenant.member().id()));
    }

    @Test
    void ccsCanBeAddedAndRemovedAtAnyTimeUpToTheCap() {
        Fixtures.Tenant tenant = fixtures.tenant("Cc GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String id = open(tenant.member(), contract.deviceLine(), List.of());
        for (int i = 0; i < 10; i++) {
            as(tenant.member()).body("{\"email\":\"cc" + i + "@example.com\"}").post("/api/v1/tickets/" + id + "/cc")
                    .then().statusCode(200).body("$", hasSize(i + 1));
        }
        as(tenant.member()).body("{\"email\":\"eleventh@example.com\"}").post("/api/v1/tickets/" + id + "/cc")
                .then().statusCode(422).body("errors.field", hasItem("email"));
        as(tenant.admin()).delete("/api/v1/tickets/" + id + "/cc/CC3@example.com").then().statusCode(200)
                .body("$", not(hasItem("cc3@example.com"))).body("$", hasSize(9));
        as(tenant.member()).body("{\"email\":\"not-an-email\"}").post("/api/v1/tickets/" + id + "/cc").then().statusCode(422);
    }

    @Test
    void theAgentsQueueShowsWhoWaitedLongestAndFiltersByStateContractAndCompany() {
        Fixtures.Tenant tenant = fixtures.tenant("Queue GmbH");
        SupportFixtures.Contract contract = support.contractOf(tenant.companyId());
        String first = open(tenant.member(), contract.deviceLine(), List.of());
        String second = open(tenant.member(), contract.softwareLine(), List.of());
        as(support.agent()).queryParam("companyId", tenant.companyId()).get("/api/v1/support-queue").then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second)))
                .body("items.state", everyItem(equalTo("OPEN")));
        as(support.agent()).body("{\"body\":\"On it.\"}").post("/api/v1/tickets/" + first + "/messages").then().statusCode(200);
        as(support.agent()).queryParam("companyId", tenant.companyId()).get("/api/v1/support-queue").then()
                .body("items.id", equalTo(List.of(second)));
        as(support.agent()).queryParam("contractId", contract.id()).queryParam("state", "WAITING_FOR_CUSTOMER")
                .get("/api/v1/support-queue").then().body("items.id", equalTo(List.of(first)));
        String number = as(support.agent()).get("/api/v1/tickets/" + second).then().extract().path("number");
        as(support.agent()).queryParam("q", number.toLowerCase()).queryParam("state", "OPEN", "WAITING_FOR_CUSTOMER")
                .get("/api/v1/support-queue").then().body("items.id", equalTo(List.of(second)));
        as(tenant.admin()).get("/api/v1/support-queue").then().statusCode(403);
    }

    @Test
    void aTicketNeedsAContractCoveringToday() {
        Fixtures.Tenant tenant = fixtures.tenant("Expired GmbH");
        SupportFixtures.Contract expired = support.contractOf(tenant.companyId(), LocalDate.now().minusYears(2),
                LocalDate.now().minusDays(1));
        as(tenant.member()).body("""
                {"contractLineId":"%s","title":"Old","description":"Old"}""".formatted(expired.deviceLine()))
                .post("/api/v1/tickets").then().statusCode(409).body("type", equalTo("/problems/contract-not-active"));
    }

    private String open(Fixtures.Person person, String line, List<String> cc, String... attachments) {
        String ccJson = cc.stream().map(e -> "\"" + e + "\"").reduce((a, b) -> a + "," + b).orElse("");
        String files = java.util.Arrays.stream(attachments).map(a -> "\"" + a + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return as(person).body("""
                {"contractLineId":"%s","title":"Something broke","description":"Details","cc":[%s],"attachmentIds":[%s]}
                """.formatted(line, ccJson, files)).post("/api/v1/tickets").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response upload(Fixtures.Person person, String name, byte[] content) {
        return given().auth().oauth2(person.token()).accept(ContentType.JSON)
                .multiPart("file", name, content, "application/octet-stream")
                .post("/api/v1/ticket-attachments");
    }
}
