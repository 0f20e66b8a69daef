package dev.portico.seat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.portico.seat.SeatPolicy.Decision;
import dev.portico.seat.SeatPolicy.Held;
import dev.portico.seat.SeatPolicy.Period;
import dev.portico.seat.SeatPolicy.Shortage;
import dev.portico.seat.SeatPolicy.Terms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seat-count rule at its edges, without Quarkus. */
class SeatPolicyTest {

    static final LocalDate D = LocalDate.of(2026, 3, 1);
    static final Terms ONE_SEAT = new Terms(1, LocalDate.of(2026, 12, 31), false);
    static final Terms TWO_SEATS = new Terms(2, LocalDate.of(2026, 12, 31), true);

    static Period p(int fromDay, Integer untilDay) {
        return new Period(D.plusDays(fromDay), untilDay == null ? null : D.plusDays(untilDay));
    }

    static Held held(String email, int from, Integer until) {
        return new Held(email, p(from, until));
    }

    @Test
    void freeSeatIsGranted() {
        assertInstanceOf(Decision.Allowed.class, SeatPolicy.check(ONE_SEAT, List.of(), "a@x", p(0, 10)));
    }

    @Test
    void sameDayStartAndEndIsOneDay() {
        assertInstanceOf(Decision.Allowed.class, SeatPolicy.check(ONE_SEAT, List.of(), "a@x", p(5, 5)));
        Decision taken = SeatPolicy.check(ONE_SEAT, List.of(held("a@x", 5, 5)), "b@x", p(5, 5));
        assertEquals(List.of(new Shortage(D.plusDays(5), D.plusDays(5))),
                assertInstanceOf(Decision.NoFreeSeat.class, taken).days());
    }

    @Test
    void backToBackPeriodsShareOneSeat() {
        assertInstanceOf(Decision.Allowed.class,
                SeatPolicy.check(ONE_SEAT, List.of(held("a@x", 0, 9)), "b@x", p(10, 20)));
    }

    @Test
    void oneDayOfOverlapIsRefusedNamingThatDay() {
        Decision decision = SeatPolicy.check(ONE_SEAT, List.of(held("a@x", 0, 10)), "b@x", p(10, 20));
        assertEquals(List.of(new Shortage(D.plusDays(10), D.plusDays(10))),
                assertInstanceOf(Decision.NoFreeSeat.class, decision).days());
    }

    @Test
    void theWholeRequestedPeriodIsCheckedNotJustToday() {
        // free today, but a future assignment takes the only seat in the middle of the requested period
        Decision decision = SeatPolicy.check(ONE_SEAT, List.of(held("a@x", 30, 40)), "b@x", p(0, 60));
        assertEquals(List.of(new Shortage(D.plusDays(30), D.plusDays(40))),
                assertInstanceOf(Decision.NoFreeSeat.class, decision).days());
    }

    @Test
    void openEndedPeriodsBlockForever() {
        Decision decision = SeatPolicy.check(TWO_SEATS, List.of(held("a@x", 0, null), held("b@x", 20, null)), "c@x",
                p(10, null));
        assertEquals(List.of(new Shortage(D.plusDays(20), null)),
                assertInstanceOf(Decision.NoFreeSeat.class, decision).days());
    }

    @Test
    void openEndedRequestAfterAFiniteOneIsFine() {
        assertInstanceOf(Decision.Allowed.class,
                SeatPolicy.check(ONE_SEAT, List.of(held("a@x", 0, 10)), "b@x", p(11, null)));
    }

    @Test
    void oneEmailCannotHoldTwoOverlappingAssignments() {
        Decision decision = SeatPolicy.check(TWO_SEATS, List.of(held("a@x", 0, 10)), "a@x", p(5, 15));
        assertEquals(p(0, 10), assertInstanceOf(Decision.Overlap.class, decision).existing());
        assertInstanceOf(Decision.Allowed.class, SeatPolicy.check(TWO_SEATS, List.of(held("a@x", 0, 10)), "a@x", p(11, 15)));
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        Decision decision = SeatPolicy.check(ONE_SEAT, List.of(), "a@x", p(5, 4));
        assertEquals("validUntil", assertInstanceOf(Decision.InvalidPeriod.class, decision).field());
    }

    @Test
    void periodMayNotOutlastTheTermUnlessItRenews() {
        Period pastTerm = new Period(D, LocalDate.of(2027, 1, 1));
        assertEquals("validUntil", assertInstanceOf(Decision.InvalidPeriod.class,
                SeatPolicy.check(ONE_SEAT, List.of(), "a@x", pastTerm)).field());
        assertInstanceOf(Decision.Allowed.class, SeatPolicy.check(TWO_SEATS, List.of(), "a@x", pastTerm));
    }

    @Test
    void revokedBeforeItStartedCountsOnNoDay() {
        Held voided = new Held("a@x", new Period(D.plusDays(10), D.plusDays(9)));
        assertInstanceOf(Decision.Allowed.class, SeatPolicy.check(ONE_SEAT, List.of(voided), "a@x", p(10, 20)));
    }

    @Test
    void quantityReducedBelowUseIsRefusedNamingTheDays() {
        List<Period> periods = List.of(p(0, 30), p(0, null), p(10, 20));
        assertEquals(List.of(new Shortage(D.plusDays(10), D.plusDays(20))),
                SeatPolicy.reductionConflicts(2, periods, D));
        assertEquals(List.of(), SeatPolicy.reductionConflicts(3, periods, D));
        assertEquals(List.of(new Shortage(D, D.plusDays(30))), SeatPolicy.reductionConflicts(1, periods, D));
    }

    @Test
    void usageAndNextFreeDay() {
        List<Period> periods = List.of(p(0, 9), p(0, null));
        assertEquals(2, SeatPolicy.usedOn(periods, D));
        assertEquals(D.plusDays(10), SeatPolicy.nextFreeDay(2, periods, D));
        assertEquals(D, SeatPolicy.nextFreeDay(3, periods, D));
        assertNull(SeatPolicy.nextFreeDay(1, periods, D));
    }
}
