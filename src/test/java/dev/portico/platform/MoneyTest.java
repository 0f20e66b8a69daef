package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.platform.money.Money;
import org.junit.jupiter.api.Test;

/** Tax is rounded half-up to the minor unit. */
class MoneyTest {

    @Test
    void taxRoundsHalfUp() {
        assertEquals(7353, Money.tax(38700, 1900)); // 7353.0
        assertEquals(19, Money.tax(99, 1900));      // 18.81 -> 19
        assertEquals(1, Money.tax(5, 1000));        // 0.5 -> 1
        assertEquals(0, Money.tax(4, 1000));        // 0.4 -> 0
        assertEquals(0, Money.tax(12345, 0));
    }
}
