package dev.portico.subscription;

import static dev.portico.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Another company's request for a subscription is answered 404 before its row is locked: while the owner holds the
 * lock in a transaction of its own, the foreign activation, cancellation or seat assignment returns at once.
 */
@QuarkusTest
class ForeignSubscriptionLockTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    DataSource dataSource;

    @Test
    void anotherCompanysRequestsAreNotFoundWithoutWaitingForTheSubscriptionsLock() throws Exception {
        Fixtures.Tenant owner = fixtures.tenant("Locked Subscription GmbH");
        String id = subscriptions.create(owner.companyId(), subscriptions.product(), owner.admin().email());
        Fixtures.Person stranger = fixtures.tenant("Subscription Blocker GmbH").admin();

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select 1 from subscription where id = ? for update")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery();
                try {
                    assertEquals(404, promptly(() -> as(stranger).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                            .post("/api/v1/subscriptions/" + id + "/activation").statusCode()));
                    assertEquals(404, promptly(() -> as(stranger).post("/api/v1/subscriptions/" + id + "/cancellation")
                            .statusCode()));
                    assertEquals(404, promptly(() -> as(stranger).body("{\"email\":\"x@example.com\"}")
                            .post("/api/v1/subscriptions/" + id + "/seats").statusCode()));
                } finally {
                    holder.rollback();
                }
            }
        }
    }

    private static int promptly(java.util.function.Supplier<Integer> request) throws Exception {
        return CompletableFuture.supplyAsync(request).get(5, TimeUnit.SECONDS); // one waiting for the lock would not answer
    }
}
