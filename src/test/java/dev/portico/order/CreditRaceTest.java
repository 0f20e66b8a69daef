package dev.portico.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.platform.security.MembershipRole;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Twenty admins of one reseller check out at once against the real PostgreSQL: the credit never goes below zero. */
@QuarkusTest
class CreditRaceTest {

    static final int CHECKOUTS = 20;
    static final int AFFORDABLE = 7;

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    @Test
    void twentyParallelCheckoutsNeverOverdrawTheCredit() throws Exception {
        Fixtures.Tenant reseller = fixtures.tenant("Race Reseller S.r.l.");
        CatalogFixtures.Made product = catalog.oneTime(1_000); // 11.90 EUR with VAT
        shop.topUp(reseller.companyId(), AFFORDABLE * 1_190L + 500);
        List<Fixtures.Person> buyers = new ArrayList<>();
        for (int i = 0; i < CHECKOUTS; i++) {
            Fixtures.Person buyer = fixtures.person("buyer" + i);
            fixtures.join(reseller.companyId(), buyer, MembershipRole.ADMIN);
            shop.add(buyer, reseller.companyId(), product.variant(), 1);
            buyers.add(buyer);
        }

        ExecutorService pool = Executors.newFixedThreadPool(CHECKOUTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        try {
            for (Fixtures.Person buyer : buyers) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return shop.placeOrder(buyer, ShopFixtures.credit(reseller.companyId()));
                }));
            }
            start.countDown();
            int placed = 0;
            for (Future<Response> call : calls) {
                Response response = call.get();
                if (response.statusCode() == 201) {
                    placed++;
                } else {
                    assertEquals(422, response.statusCode(), response.asString());
                    assertEquals("/problems/insufficient-credit", response.jsonPath().getString("type"));
                }
            }
            assertEquals(AFFORDABLE, placed, "exactly as many orders as the credit pays for");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(500L, fixtures.count("select balance_minor from credit_account where company_id = ?1", reseller.companyId()));
        assertEquals(500L, fixtures.count("select sum(amount_minor) from credit_entry where company_id = ?1", reseller.companyId()));
        assertEquals(0L, fixtures.count("select count(*) from credit_entry where company_id = ?1 and balance_after_minor < 0",
                reseller.companyId()));
        assertEquals((long) AFFORDABLE, fixtures.count("select count(*) from customer_order where company_id = ?1",
                reseller.companyId()));
    }
}
