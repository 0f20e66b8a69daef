package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.platform.payment.PaymentProvider.PaymentState;
import dev.portico.platform.payment.ScriptedPaymentProvider;
import dev.portico.platform.payment.ScriptedPaymentProvider.Fault;
import dev.portico.platform.payment.ScriptedPaymentProvider.Payment;
import dev.portico.platform.payment.ScriptedPaymentProvider.Step;
import dev.portico.support.Fixtures;
import dev.portico.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Money moves once: whatever fails during a card checkout or a cancellation's refund — the provider declines, does
 * not answer, answers and the answer is lost, the database refuses a commit, the client loses the response and
 * retries, a retry runs at the same time — the buyer is charged at most once, every charge ends with exactly one
 * completed order or is paid back, no order is paid without a charge, and a checkout that failed keeps the cart.
 * The payment provider is {@link ScriptedPaymentProvider} (a stand-in for the external provider); the database is the
 * real one, refusing commits through constraints the tests add.
 */
@QuarkusTest
class CheckoutPaymentTest {

    static final String CARD = "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\",\"expiryMonth\":12,"
            + "\"expiryYear\":2099,\"holder\":\"Test Buyer\"}}";
    static final long TOTAL = 2_380; // 2 × 10.00 EUR + 19 % VAT

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Inject
    ScriptedPaymentProvider provider;

    @Inject
    PaymentRecoveryJob recovery;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    Fixtures.Tenant buyer;
    String key;
    String body;
    final List<String> provoked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        provider.reset();
        buyer = fixtures.tenant("Pay Once GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 2);
        key = UUID.randomUUID().toString();
        body = ShopFixtures.checkout(buyer.companyId(), CARD);
    }

    @AfterEach
    void tearDown() {
        stopProvoking();
        provider.reset();
        clock.reset();
    }

    // ---- authorise

    @Test
    void aDeclinedAuthorisationTakesNothingAndKeepsTheCart() {
        provider.failNext(Step.AUTHORISE, Fault.DECLINE);
        checkout().then().statusCode(402).body("type", equalTo("/problems/payment-declined"));
        assertCharged(0);
        assertNoHold();
        assertCartKept();
        as(buyer.admin()).queryParam("companyId", buyer.companyId()).get("/api/v1/orders").then().body("items", hasSize(0));

        // the same key again is a new attempt (another card would not get the old decline)
        checkout().then().statusCode(201);
        assertCharged(1);
    }

    @Test
    void anAuthorisationThatGetsNoAnswerIsContinuedByTheRetryAndChargedOnce() {
        provider.failNext(Step.AUTHORISE, Fault.UNAVAILABLE);
        checkout().then().statusCode(503).body("type", equalTo("/problems/payment-unavailable"));
        assertCharged(0);
        assertCartKept();

        String order = checkout().then().statusCode(201).extract().path("id");
        assertCharged(1);
        assertEquals(1, fixtures.count("select count(*) from customer_order where company_id = ?1", buyer.companyId()),
                "the retry continued the reserved order");
        as(buyer.admin()).get("/api/v1/orders/" + order).then().statusCode(200).body("payment.paid", equalTo(true));
    }

    @Test
    void anAuthorisationWhoseAnswerWasLostIsFoundAgainByTheRetryNotMadeTwice() {
        provider.failNext(Step.AUTHORISE, Fault.LOST_ANSWER);
        checkout().then().statusCode(503);
        assertEquals(1, payments().size(), "the provider authorised once");
        assertCartKept();

        checkout().then().statusCode(201);
        assertEquals(1, payments().size(), "the retry got the same authorisation back");
        assertCharged(1);
    }

    @Test
    void aCommitThatFailsAfterTheAuthorisationChargesNothingAndTheRetryChargesOnce() {
        provoke("checkout_stage = 'AUTHORISED'");
        checkout().then().statusCode(500).body("type", equalTo("/problems/internal-error"));
        assertCharged(0);
        assertCartKept();
        assertEquals(1, payments().size());
        assertEquals(PaymentState.AUTHORISED, payments().get(0).state, "only held, nothing taken");

        stopProvoking();
        checkout().then().statusCode(201);
        assertEquals(1, payments().size(), "the retry captured the first authorisation");
        assertCharged(1);
    }

    // ---- capture

    @Test
    void aCaptureThatGetsNoAnswerIsRepeatedByTheRetryAndChargedOnce() {
        provider.failNext(Step.CAPTURE, Fault.UNAVAILABLE);
        checkout().then().statusCode(503);
        assertCharged(0);
        assertCartKept();

        checkout().then().statusCode(201);
        assertCharged(1);
    }

    @Test
    void aCaptureWhoseAnswerWasLostIsNotTakenTwiceByTheRetry() {
        provider.failNext(Step.CAPTURE, Fault.LOST_ANSWER);
        checkout().then().statusCode(503);
        assertEquals(PaymentState.CAPTURED, payments().get(0).state, "the money was taken");
        assertCartKept();
        assertVisibleOrders(0);

        checkout().then().statusCode(201);
        assertCharged(1);
    }

    @Test
    void aRefusedCaptureReleasesTheHoldAndKeepsTheCart() {
        provider.failNext(Step.CAPTURE, Fault.DECLINE);
        checkout().then().statusCode(402).body("type", equalTo("/problems/payment-declined"));
        assertCharged(0);
        assertNoHold();
        assertCartKept();
        assertVisibleOrders(0);
    }

    // ---- completion after the capture

    @Test
    void aCompletionThatFailsAfterTheCaptureIsCompletedByTheRetryWithTheSameCharge() {
        provoke("checkout_stage = 'COMPLETED'");
        checkout().then().statusCode(500);
        assertEquals(PaymentState.CAPTURED, payments().get(0).state);
        assertCartKept();
        assertVisibleOrders(0);
        assertEquals(0, fixtures.count("select count(*) from subscription where company_id = ?1", buyer.companyId()),
                "nothing was delivered");

        stopProvoking();
        checkout().then().statusCode(201).body("status", equalTo("FULFILLED"));
        assertCharged(1);
        as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().body("lines", hasSize(0));
    }

    @Test
    void aChargeWhoseOrderNeverCompletesIsRefundedByTheRecoveryJob() {
        provoke("checkout_stage = 'COMPLETED'");
        checkout().then().statusCode(500);
        checkout().then().statusCode(500); // retries keep failing: still one capture
        assertEquals(1, payments().get(0).captures);

        recovery.settleUnfinishedCheckouts();
        assertEquals("AUTHORISED", fixtures.single("select checkout_stage from customer_order where company_id = ?1",
                buyer.companyId()), "not given up before the checkout timeout");
        clock.advance(Duration.ofMinutes(16));
        recovery.settleUnfinishedCheckouts();
        Payment payment = payments().get(0);
        assertEquals(PaymentState.REFUNDED, payment.state, "the charge without an order went back");
        assertEquals(1, payment.refunds);
        assertCharged(0);
        assertCartKept();
        assertEquals("ABANDONED", fixtures.single("select checkout_stage from customer_order where company_id = ?1",
                buyer.companyId()));
        assertEquals(1, fixtures.count("select count(*) from audit_event where company_id = ?1 and action = 'ORDER_ABANDONED'"
                + " and summary like '%refunded%'", buyer.companyId()));

        stopProvoking();
        recovery.settleUnfinishedCheckouts();
        assertEquals(1, payments().get(0).refunds, "a second run refunds nothing more");
        checkout().then().statusCode(201); // the same key now starts a new attempt
        assertCharged(1);
    }

    @Test
    void aHoldNobodyCapturesIsReleasedByTheRecoveryJob() {
        provider.failNext(Step.CAPTURE, Fault.UNAVAILABLE);
        checkout().then().statusCode(503);
        clock.advance(Duration.ofMinutes(16));
        recovery.settleUnfinishedCheckouts();
        assertEquals(PaymentState.CANCELLED, payments().get(0).state);
        assertCharged(0);
        assertNoHold();
        assertCartKept();
    }

    @Test
    void anAuthorisationWhoseAnswerNobodyHeardIsFoundAndReleasedByTheRecoveryJob() {
        provider.failNext(Step.AUTHORISE, Fault.LOST_ANSWER);
        checkout().then().statusCode(503);
        clock.advance(Duration.ofMinutes(16));
        recovery.settleUnfinishedCheckouts();
        assertEquals(1, payments().size(), "the job asked again under the same key: no second authorisation");
        assertEquals(PaymentState.CANCELLED, payments().get(0).state);
        assertCharged(0);
    }

    // ---- the client's side

    @Test
    void aLostResponseIsAnsweredWithTheFirstOrderAndNoSecondCharge() {
        String first = checkout().then().statusCode(201).extract().path("id");
        checkout().then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));

        // even when the stored answer is gone (an instance died before keeping it), the key still names the order
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_record where idempotency_key = :key").setParameter("key", key).executeUpdate());
        checkout().then().statusCode(201).body("id", equalTo(first));
        assertCharged(1);
    }

    @Test
    void aConcurrentRetryIsToldToWaitAndNothingIsChargedTwice() throws Exception {
        ScriptedPaymentProvider.Gate gate = provider.gate(Step.AUTHORISE);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(this::checkout);
        gate.awaitEntered();
        checkout().then().statusCode(409).body("type", equalTo("/problems/idempotency-key-in-use"));
        gate.open();
        assertEquals(201, first.get(30, TimeUnit.SECONDS).statusCode());
        assertCharged(1);
    }

    @Test
    void aRetryRunningAlongsideTheFirstRequestContinuesTheSameOrderAndChargesOnce() throws Exception {
        ScriptedPaymentProvider.Gate gate = provider.gate(Step.CAPTURE);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(this::checkout);
        gate.awaitEntered();
        // the first request's claim on the key looks abandoned (an instance that died mid-request): a retry takes it over
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotency_record set created_at = created_at - interval '10 minutes' where idempotency_key = :key")
                .setParameter("key", key).executeUpdate());
        String second = checkout().then().statusCode(201).extract().path("id");
        gate.open();
        Response firstAnswer = first.get(30, TimeUnit.SECONDS);
        assertEquals(201, firstAnswer.statusCode());
        assertEquals(second, firstAnswer.path("id"));
        assertEquals(1, payments().size());
        assertCharged(1);
    }

    // ---- refunds

    @Test
    void aCancellationWhoseRefundGetsNoAnswerRefundsOnceWhenRepeated() {
        String order = checkout().then().statusCode(201).extract().path("id");
        provider.failNext(Step.REFUND, Fault.UNAVAILABLE);
        as(buyer.admin()).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEquals(PaymentState.CAPTURED, payments().get(0).state, "the refund is owed");

        as(buyer.admin()).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(200);
        assertEquals(PaymentState.REFUNDED, payments().get(0).state);
        as(buyer.admin()).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(409)
                .body("type", equalTo("/problems/order-not-cancellable"));
        recovery.makeOwedRefunds();
        assertEquals(1, payments().get(0).refunds);
        assertEquals(1, fixtures.count("select count(*) from audit_event where resource_id = ?1 and action = 'ORDER_REFUNDED'",
                order));
    }

    @Test
    void aRefundWhoseAnswerWasLostIsRecordedByTheRecoveryJobWithoutRefundingTwice() {
        String order = checkout().then().statusCode(201).extract().path("id");
        provider.failNext(Step.REFUND, Fault.LOST_ANSWER);
        as(buyer.admin()).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(200);
        assertEquals(true, fixtures.single("select refund_due from customer_order where id = ?1", UUID.fromString(order)));

        assertTrue(recovery.makeOwedRefunds() >= 1);
        assertEquals(1, payments().get(0).refunds);
        assertEquals(false, fixtures.single("select refund_due from customer_order where id = ?1", UUID.fromString(order)));
    }

    @Test
    void aCommitThatFailsAfterTheRefundDoesNotRefundTwice() {
        String order = checkout().then().statusCode(201).extract().path("id");
        provoke("refund_reference is not null");
        as(buyer.admin()).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(500);
        assertEquals(PaymentState.REFUNDED, payments().get(0).state);
        assertEquals("CANCELLED", fixtures.single("select status from customer_order where id = ?1", UUID.fromString(order)));

        stopProvoking();
        as(buyer.admin()).post("/api/v1/orders/" + order + "/cancellation").then().statusCode(200);
        assertEquals(1, payments().get(0).refunds);
        assertEquals(false, fixtures.single("select refund_due from customer_order where id = ?1", UUID.fromString(order)));
    }

    // ---- helpers

    Response checkout() {
        return as(buyer.admin()).header("Idempotency-Key", key).body(body).post("/api/v1/orders");
    }

    /** The provider's payments for this buyer's orders (every attempt, whatever stage). */
    List<Payment> payments() {
        @SuppressWarnings("unchecked")
        List<String> numbers = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select number from customer_order where company_id = :company").setParameter("company", buyer.companyId())
                .getResultList());
        return provider.paymentsFor(numbers);
    }

    /**
     * The buyer is charged {@code times} (0 or 1) and it agrees with the orders: no payment was captured or refunded twice,
     * every amount taken and kept has exactly one completed order, and every paid order has an amount taken.
     */
    void assertCharged(int times) {
        List<Payment> payments = payments();
        assertTrue(payments.stream().allMatch(p -> p.captures <= 1 && p.refunds <= 1), "nothing moved twice");
        List<Payment> kept = payments.stream().filter(p -> p.state == PaymentState.CAPTURED).toList();
        assertEquals(times, kept.size(), "amounts taken and kept");
        for (Payment p : kept) {
            assertEquals(TOTAL, p.amountMinor);
        }
        List<Payment> completed = payments.stream().filter(p -> fixtures.count("select count(*) from customer_order "
                + "where payment_reference = ?1 and checkout_stage = 'COMPLETED'", p.id) == 1).toList();
        assertEquals(times, completed.size(), "every amount kept has its one completed order");
        assertTrue(kept.containsAll(completed) || times == 0 && completed.isEmpty(), "no completed order without a charge");
        assertEquals(0, fixtures.count("select count(*) from customer_order where company_id = ?1 and paid_at is not null "
                + "and checkout_stage <> 'COMPLETED'", buyer.companyId()), "nothing marked paid unless completed");
        assertVisibleOrders(times);
    }

    void assertVisibleOrders(int count) {
        as(buyer.admin()).queryParam("companyId", buyer.companyId()).get("/api/v1/orders").then().statusCode(200)
                .body("items", hasSize(count));
    }

    void assertNoHold() {
        assertTrue(payments().stream().noneMatch(p -> p.state == PaymentState.AUTHORISED), "no hold left on the card");
    }

    void assertCartKept() {
        as(buyer.admin()).get("/api/v1/carts/" + buyer.companyId()).then().statusCode(200).body("lines", hasSize(1));
    }

    /** The database refuses (a real CHECK constraint) to store this buyer's orders in the given state. */
    void provoke(String condition) {
        String name = "test_provoked_" + UUID.randomUUID().toString().substring(0, 8);
        ddl("alter table customer_order add constraint " + name + " check (company_id <> '" + buyer.companyId()
                + "' or not (" + condition + ")) not valid");
        provoked.add(name);
    }

    void stopProvoking() {
        provoked.forEach(name -> ddl("alter table customer_order drop constraint " + name));
        provoked.clear();
    }

    void ddl(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
