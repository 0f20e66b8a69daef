package dev.portico.platform.webhook;

import static dev.portico.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import dev.portico.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed webhooks end to end against a real receiver on 127.0.0.1 that verifies every signature with the Standard
 * Webhooks library. The scheduled sender is off in tests: each test runs it, moving the clock to the next attempt.
 */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookEvents events;

    @Inject
    WebhookAddresses addresses;

    @Inject
    TestClock clock;

    @Inject
    dev.portico.support.SupportFixtures support;

    final List<Receiver> receivers = new ArrayList<>();

    @BeforeEach
    void onlyThisTestsEndpointsReceive() {
        fixtures.update("update webhook_endpoint set enabled = false, disabled_reason = 'BY_USER' where enabled");
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        addresses.resolveWith(InetAddress::getAllByName);
        receivers.forEach(Receiver::close);
    }

    Receiver receiver() throws Exception {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    /** A company with an active subscription (3 licenses, the admin holds one). */
    record Company(Fixtures.Tenant tenant, String subscription) {
    }

    Company company() {
        Fixtures.Tenant tenant = fixtures.tenant("Hooks");
        String subscription = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        return new Company(tenant, subscription);
    }

    /** Registers an endpoint for the company's events; returns its id and secret. */
    JsonPath register(Company company, String url, String... types) {
        String list = types.length == 0 ? "" : ",\"eventTypes\":[\"" + String.join("\",\"", types) + "\"]";
        return as(company.tenant().admin()).body("{\"url\":\"" + url + "\",\"description\":\"ERP\"" + list + "}")
                .post("/api/v1/companies/" + company.tenant().companyId() + "/webhook-endpoints")
                .then().statusCode(201).extract().jsonPath();
    }

    String assignSeat(Company company) {
        return as(company.tenant().admin())
                .body("{\"email\":\"colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com\"}")
                .post("/api/v1/subscriptions/" + company.subscription() + "/seats").then().statusCode(201)
                .extract().path("id");
    }

    long deliveries(String endpointId, String status) {
        return fixtures.count("select count(*) from webhook_delivery where endpoint_id = cast(?1 as uuid) and status = ?2",
                endpointId, status);
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsExactlyOneSuccessfulDeliveryAfterFourAttempts() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        JsonPath endpoint = register(company, receiver.url(), "seat.assigned");
        receiver.secrets = List.of(endpoint.getString("secret"));
        receiver.answers.addAll(List.of(500, 503, 429));
        String seat = assignSeat(company);

        sender.sendDue();
        assertEquals(1, receiver.all().size());
        sender.sendDue(); // not due yet: 5 s (plus jitter) after the first attempt
        assertEquals(1, receiver.all().size());
        clock.advance(Duration.ofSeconds(6));
        sender.sendDue();
        clock.advance(Duration.ofMinutes(6));
        sender.sendDue();
        assertEquals(3, receiver.all().size());
        clock.advance(Duration.ofMinutes(20));
        sender.sendDue(); // the third retry waits 30 minutes
        assertEquals(3, receiver.all().size());
        clock.advance(Duration.ofMinutes(15));
        assertEquals(1, sender.sendDue());
        clock.advance(Duration.ofDays(2));
        sender.sendDue();

        List<Receiver.Received> got = receiver.all();
        assertEquals(4, got.size());
        assertTrue(got.stream().allMatch(Receiver.Received::verified), "every request carries a valid signature");
        assertEquals(1, got.stream().map(Receiver.Received::id).distinct().count(), "webhook-id is stable across retries");
        assertEquals(List.of(500, 503, 429, 200), got.stream().map(Receiver.Received::answered).toList());
        JsonPath body = JsonPath.from(got.get(3).body());
        assertEquals("seat.assigned", body.getString("type"));
        assertEquals(seat, body.getString("data.id"));
        assertEquals(company.tenant().companyId().toString(), body.getString("data.companyId"));
        assertTrue(body.getString("data.link").endsWith("/api/v1/seats/" + seat));
        assertEquals(1, deliveries(endpoint.getString("id"), "SUCCEEDED"));

        JsonPath log = as(company.tenant().admin()).get("/api/v1/companies/" + company.tenant().companyId()
                + "/webhook-endpoints/" + endpoint.getString("id") + "/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals("SUCCEEDED", log.getString("items[0].status"));
        assertEquals(4, log.getList("items[0].attemptLog").size());
        assertEquals(200, log.getInt("items[0].attemptLog[0].responseStatus"));
        assertEquals("answered 500", log.getString("items[0].attemptLog[3].responseBody"));
    }

    @Test
    void aReceiverDownForTheWholeChangeGetsEverythingOnceItIsUp() throws Exception {
        Company company = company();
        int port = Receiver.freePort();
        JsonPath endpoint = register(company, "http://127.0.0.1:" + port + "/hook");
        List<String> seats = List.of(assignSeat(company), assignSeat(company));

        sender.sendDue();
        clock.advance(Duration.ofSeconds(6));
        sender.sendDue();
        assertEquals(2, deliveries(endpoint.getString("id"), "PENDING"));

        Receiver receiver = new Receiver(port);
        receivers.add(receiver);
        receiver.secrets = List.of(endpoint.getString("secret"));
        clock.advance(Duration.ofMinutes(6));
        assertEquals(2, sender.sendDue());
        clock.advance(Duration.ofDays(1));
        sender.sendDue();

        List<Receiver.Received> got = receiver.all();
        assertEquals(2, got.size());
        assertTrue(got.stream().allMatch(Receiver.Received::verified));
        assertEquals(Set.copyOf(seats), got.stream().map(r -> JsonPath.from(r.body()).getString("data.id"))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void goneDisablesTheEndpointAtOnceAndTellsItsOwner() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        JsonPath endpoint = register(company, receiver.url());
        receiver.secrets = List.of(endpoint.getString("secret"));
        receiver.answers.add(410);
        assignSeat(company);
        long mailsBefore = fixtures.count("select count(*) from outbox_message where template = 'webhook/endpoint-disabled' and recipient = ?1",
                company.tenant().admin().email());

        sender.sendDue();

        String id = endpoint.getString("id");
        assertEquals(1, deliveries(id, "FAILED"));
        as(company.tenant().admin()).get("/api/v1/companies/" + company.tenant().companyId() + "/webhook-endpoints/" + id)
                .then().statusCode(200)
                .body("enabled", org.hamcrest.Matchers.equalTo(false))
                .body("disabledReason", org.hamcrest.Matchers.equalTo("GONE"));
        assertEquals(mailsBefore + 1, fixtures.count("select count(*) from outbox_message where template = 'webhook/endpoint-disabled' and recipient = ?1",
                company.tenant().admin().email()));
        assignSeat(company);
        clock.advance(Duration.ofDays(1));
        sender.sendDue();
        assertEquals(1, receiver.all().size(), "a disabled endpoint gets nothing more");
        assertEquals(1, fixtures.count("select count(*) from webhook_delivery where endpoint_id = cast(?1 as uuid)", id));
    }

    @Test
    void anEndpointFailingForFiveDaysIsDisabled() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        JsonPath endpoint = register(company, receiver.url());
        for (int i = 0; i < 20; i++) {
            receiver.answers.add(500);
        }
        assignSeat(company);
        sender.sendDue();
        String id = endpoint.getString("id");
        assertEquals(1, fixtures.count("select count(*) from webhook_endpoint where id = cast(?1 as uuid) and enabled", id));
        clock.advance(Duration.ofDays(5).plusMinutes(1));
        assignSeat(company);
        sender.sendDue();
        assertEquals(1, fixtures.count("select count(*) from webhook_endpoint where id = cast(?1 as uuid) and not enabled and disabled_reason = 'FAILING'", id));
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        register(company, receiver.url());
        UUID resource = UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                events.emit(WebhookEventType.SEAT_REVOKED, company.tenant().companyId(), resource, "seats/" + resource,
                        WebhookEvents.fields("subscriptionId", UUID.randomUUID(), "email", "x@example.com"));
                throw new IllegalStateException("the change fails after emitting");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        // a refused request too: the seat is not assigned, so nothing is emitted
        as(company.tenant().admin()).body("{\"email\":\"not-an-email\"}")
                .post("/api/v1/subscriptions/" + company.subscription() + "/seats").then().statusCode(422);
        sender.sendDue();
        assertEquals(0, fixtures.count("select count(*) from webhook_event where payload like ?1", "%" + resource + "%"));
        assertEquals(List.of(), receiver.all());
    }

    @Test
    void twoSendersRacingNeverDeliverOneEventTwice() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        JsonPath endpoint = register(company, receiver.url());
        receiver.secrets = List.of(endpoint.getString("secret"));
        receiver.delayMillis = 5;
        int count = 60;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                UUID resource = UUID.randomUUID();
                events.emit(WebhookEventType.SEAT_REVOKED, company.tenant().companyId(), resource, "seats/" + resource,
                        WebhookEvents.fields("subscriptionId", UUID.randomUUID(), "email", "x@example.com"));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                Callable<Integer> instance = () -> {
                    start.await();
                    int sent = 0;
                    for (int run = 0; run < 5; run++) {
                        sent += sender.sendDue();
                    }
                    return sent;
                };
                runs.add(pool.submit(instance));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertEquals(count, total);
        } finally {
            pool.shutdownNow();
        }
        List<Receiver.Received> got = receiver.all();
        assertEquals(count, got.size());
        Set<String> ids = new HashSet<>();
        got.forEach(r -> assertTrue(ids.add(r.id()), "delivered twice: " + r.id()));
        assertTrue(got.stream().allMatch(Receiver.Received::verified));
    }

    @Test
    void aPrivateAddressIsRefusedAtRegistration() {
        Company company = company();
        for (String url : List.of("https://10.0.0.8/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::ffff:10.0.0.8]/hook", "https://[fd00:ec2::254]/hook", "https://[::1]/hook",
                "https://0.0.0.0/hook", "https://192.168.1.1/hook", "http://hooks.example.com/hook",
                "ftp://hooks.example.com/hook", "https://user:pw@127.0.0.2/hook")) {
            as(company.tenant().admin()).body("{\"url\":\"" + url + "\"}")
                    .post("/api/v1/companies/" + company.tenant().companyId() + "/webhook-endpoints")
                    .then().statusCode(422).body("type", org.hamcrest.Matchers.equalTo("/problems/webhook-url-not-allowed"));
        }
        assertEquals(0, fixtures.count("select count(*) from webhook_endpoint where company_id = ?1", company.tenant().companyId()));
    }

    @Test
    void aHostThatResolvesToAPrivateAddressLaterIsRefusedAtDelivery() throws Exception {
        Company company = company();
        InetAddress[] publicAddress = {InetAddress.getByName("93.184.216.34")};
        addresses.resolveWith(host -> host.equals("hooks.example.test") ? publicAddress : InetAddress.getAllByName(host));
        JsonPath endpoint = register(company, "https://hooks.example.test/portico");
        addresses.resolveWith(host -> host.equals("hooks.example.test") ? new InetAddress[] {
                InetAddress.getByName("127.0.0.1")} : InetAddress.getAllByName(host));
        assignSeat(company);

        sender.sendDue();

        String id = endpoint.getString("id");
        assertEquals(1, deliveries(id, "PENDING"));
        String error = (String) fixtures.rows("""
                select a.error from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                 where d.endpoint_id = cast(:id as uuid)""", Map.of("id", id)).lines().findFirst().orElse("");
        assertTrue(error.contains("not public"), error);
    }

    @Test
    void aRotatedSecretSignsAlongsideTheNewOneForADay() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        JsonPath endpoint = register(company, receiver.url());
        String old = endpoint.getString("secret");
        String path = "/api/v1/companies/" + company.tenant().companyId() + "/webhook-endpoints/" + endpoint.getString("id");
        String fresh = as(company.tenant().admin()).post(path + "/secret-rotation").then().statusCode(200)
                .extract().path("secret");
        assertFalse(old.equals(fresh));
        String shown = as(company.tenant().admin()).get(path).then().statusCode(200).extract().path("secret");
        assertEquals(null, shown, "the secret is shown only when it is made");
        receiver.secrets = List.of(old, fresh); // each must verify the request on its own
        assignSeat(company);
        sender.sendDue();
        assertEquals(2, receiver.all().get(0).signature().split(" ").length);
        assertTrue(receiver.all().get(0).verified());

        clock.advance(Duration.ofHours(25));
        receiver.secrets = List.of(fresh);
        assignSeat(company);
        sender.sendDue();
        assertEquals(1, receiver.all().get(1).signature().split(" ").length);
        assertTrue(receiver.all().get(1).verified());
    }

    @Test
    void anotherCompanysEndpointsAreNotFound() throws Exception {
        Company company = company();
        Fixtures.Tenant other = fixtures.tenant("Other");
        Receiver receiver = receiver();
        String id = register(company, receiver.url()).getString("id");
        String mine = "/api/v1/companies/" + company.tenant().companyId() + "/webhook-endpoints/" + id;
        String theirs = "/api/v1/companies/" + other.companyId() + "/webhook-endpoints/" + id;
        as(other.admin()).get(mine).then().statusCode(404);
        as(other.admin()).get(theirs).then().statusCode(404);
        as(other.admin()).delete(theirs).then().statusCode(404);
        as(company.tenant().member()).get(mine).then().statusCode(403);
        as(subscriptions.backoffice()).get("/api/v1/webhook-endpoints/" + id).then().statusCode(404);
        as(company.tenant().admin()).get(mine).then().statusCode(200);
    }

    @Test
    void resendAndTestEventReachTheReceiverWithTheSameId() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        JsonPath endpoint = register(company, receiver.url());
        receiver.secrets = List.of(endpoint.getString("secret"));
        String path = "/api/v1/companies/" + company.tenant().companyId() + "/webhook-endpoints/" + endpoint.getString("id");
        assignSeat(company);
        sender.sendDue();
        String delivery = as(company.tenant().admin()).get(path + "/deliveries").then().statusCode(200)
                .extract().path("items[0].id");
        as(company.tenant().admin()).post(path + "/deliveries/" + delivery + "/redelivery").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        as(company.tenant().admin()).post(path + "/test-events").then().statusCode(202)
                .body("eventType", org.hamcrest.Matchers.equalTo("webhook.test"));
        assertEquals(2, sender.sendDue());
        List<Receiver.Received> got = receiver.all();
        assertEquals(3, got.size());
        assertEquals(got.get(0).id(), got.stream().filter(r -> r.body().contains("seat.assigned")).skip(1).findFirst()
                .orElseThrow().id());
        assertTrue(got.stream().anyMatch(r -> r.body().contains("\"webhook.test\"")));
        assertTrue(got.stream().allMatch(Receiver.Received::verified));
    }

    @Test
    void anInternalNoteEmitsNothingToACompanyEndpoint() throws Exception {
        Company company = company();
        Receiver receiver = receiver();
        JsonPath endpoint = register(company, receiver.url());
        receiver.secrets = List.of(endpoint.getString("secret"));
        var contract = support.contractOf(company.tenant().companyId());
        String ticket = as(company.tenant().member()).body("""
                {"contractLineId":"%s","title":"Printer beeps","description":"Since Monday"}""".formatted(contract.deviceLine()))
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        String secret = "INTERNAL-" + UUID.randomUUID();
        as(support.agent()).body("{\"body\":\"" + secret + " the customer must never see this\",\"internal\":true}")
                .post("/api/v1/tickets/" + ticket + "/messages").then().statusCode(200);
        sender.sendDue();
        assertEquals(List.of("ticket.created"), receiver.all().stream()
                .map(r -> JsonPath.from(r.body()).getString("type")).toList());
        assertEquals(0, fixtures.count("select count(*) from webhook_event where payload like ?1", "%" + secret + "%"));

        as(support.agent()).body("{\"body\":\"We are on it\",\"internal\":false}")
                .post("/api/v1/tickets/" + ticket + "/messages").then().statusCode(200);
        sender.sendDue();
        List<String> types = receiver.all().stream().map(r -> JsonPath.from(r.body()).getString("type")).sorted().toList();
        assertEquals(List.of("ticket.created", "ticket.replied", "ticket.state_changed"), types);
        assertTrue(receiver.all().stream().noneMatch(r -> r.body().contains(secret) || r.body().contains("We are on it")),
                "events carry no message text");
        assertTrue(receiver.all().stream().allMatch(Receiver.Received::verified));
    }
}
