package dev.portico.seat;

import static dev.portico.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many parallel requests for the last free seat, against the real PostgreSQL: exactly one wins. */
@QuarkusTest
class LastSeatRaceTest {

    static final int REQUESTS = 24;

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Test
    void ofManyParallelRequestsForTheLastSeatExactlyOneWins() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant("Race GmbH");
        String subscription = subscriptions.create(tenant.companyId(), subscriptions.product(), tenant.admin().email());
        as(tenant.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        // 3 licenses: the admin holds one, one more is given away, one is left
        as(tenant.admin()).body("{\"email\":\"second@example.com\"}")
                .post("/api/v1/subscriptions/" + subscription + "/seats").then().statusCode(201);

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<io.restassured.response.Response>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                String email = "racer" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
                Callable<io.restassured.response.Response> call = () -> {
                    start.await();
                    return as(tenant.admin()).body("{\"email\":\"" + email + "\"}")
                            .post("/api/v1/subscriptions/" + subscription + "/seats");
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<io.restassured.response.Response> call : calls) {
                io.restassured.response.Response response = call.get();
                if (response.statusCode() == 201) {
                    won++;
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    assertEquals("/problems/no-free-seat", response.jsonPath().getString("type"));
                    refused++;
                }
            }
            assertEquals(1, won, "exactly one request gets the last seat");
            assertEquals(REQUESTS - 1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3L, fixtures.count("select count(*) from seat where subscription_id = ?1", UUID.fromString(subscription)));
    }
}
