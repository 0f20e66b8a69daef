package dev.portico.order;

import static dev.portico.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Another company's request for an order is answered 404 before any row lock is taken: while the owner holds the
 * order's (or item's) row lock in a transaction of its own, the foreign request returns at once instead of queueing
 * behind it — and so it can never hold the row itself.
 */
@QuarkusTest
class ForeignOrderLockTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Inject
    DataSource dataSource;

    @Test
    void anotherCompanysCancellationIsNotFoundWithoutWaitingForTheOrdersLock() throws Exception {
        Fixtures.Tenant buyer = fixtures.tenant("Locked Order GmbH");
        shop.add(buyer.admin(), buyer.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 1);
        String id = shop.placeOrder(buyer.admin(), ShopFixtures.checkout(buyer.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-L\"}")).then().statusCode(201).extract().path("id");
        Fixtures.Person stranger = fixtures.tenant("Blocker GmbH").admin();

        int status = whileLocked("select 1 from customer_order where id = ? for update", UUID.fromString(id),
                () -> as(stranger).post("/api/v1/orders/" + id + "/cancellation").statusCode());
        assertEquals(404, status);
        as(buyer.admin()).get("/api/v1/orders/" + id).then().statusCode(200); // untouched
    }

    @Test
    void anotherCompanysAssociationIsNotFoundWithoutWaitingForTheItemsLock() throws Exception {
        Fixtures.Tenant reseller = fixtures.tenant("Locked Item S.r.l.");
        shop.add(reseller.admin(), reseller.companyId(), catalog.subscription(1, 1_000, 4_000).variant(), 1);
        String item = shop.placeOrder(reseller.admin(), ShopFixtures.checkout(reseller.companyId(),
                "{\"method\":\"INVOICE\",\"poNumber\":\"PO-I\"}")).then().statusCode(201).extract().path("lines[0].items[0].id");
        Fixtures.Person stranger = fixtures.tenant("Item Blocker GmbH").admin();

        int status = whileLocked("select 1 from order_item where id = ? for update", UUID.fromString(item),
                () -> as(stranger).body("{\"email\":\"someone@example.com\"}")
                        .post("/api/v1/order-items/" + item + "/association").statusCode());
        assertEquals(404, status);
    }

    /** Runs the request while another transaction holds the row lock; fails if the request waits for it. */
    private <T> T whileLocked(String lockSql, UUID rowId, Supplier<T> request) throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(lockSql)) {
                lock.setObject(1, rowId);
                lock.executeQuery();
                CompletableFuture<T> answer = CompletableFuture.supplyAsync(request);
                try {
                    return answer.get(5, TimeUnit.SECONDS); // a request queueing behind the lock would never answer
                } finally {
                    holder.rollback(); // lets a waiting request finish either way
                }
            }
        }
    }
}
