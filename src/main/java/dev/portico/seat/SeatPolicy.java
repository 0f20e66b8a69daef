package dev.portico.seat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The seat rules, pure and without I/O. On every day, the assignments valid that day never exceed the
 * subscription's license quantity — checked over the whole requested period; one email never holds two
 * overlapping assignments; an assignment may not outlast the current term unless the subscription renews.
 * Periods are calendar dates, both ends inclusive; an open end ({@code until == null}) runs indefinitely.
 */
public final class SeatPolicy {

    private SeatPolicy() {
    }

    /** A period of an assignment. */
    public record Period(LocalDate from, LocalDate until) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }

        public boolean overlaps(Period other) {
            return (other.until == null || !from.isAfter(other.until)) && (until == null || !other.from.isAfter(until));
        }

        /** An empty period (a seat revoked before it started) counts on no day. */
        public boolean isEmpty() {
            return until != null && until.isBefore(from);
        }
    }

    /** An existing assignment as the policy sees it. */
    public record Held(String email, Period period) {
    }

    /** The subscription facts the rules need. */
    public record Terms(int quantity, LocalDate termEnd, boolean autoRenew) {
    }

    /** Days without a free seat: from and until inclusive; until null = from then on. */
    public record Shortage(LocalDate from, LocalDate until) {

        @Override
        public String toString() {
            return until == null ? "from " + from + " on" : from.equals(until) ? from.toString() : from + " to " + until;
        }
    }

    /** The outcome of a check. */
    public sealed interface Decision {
        record Allowed() implements Decision { }

        /** The period itself is wrong (ends before it starts, outlasts the term): a 422 on {@code field}. */
        record InvalidPeriod(String field, String reason) implements Decision { }

        /** The email already holds an overlapping assignment. */
        record Overlap(Period existing) implements Decision { }

        /** No free seat on some days of the requested period. */
        record NoFreeSeat(List<Shortage> days) implements Decision { }
    }

    /**
     * May {@code email} hold a seat for {@code requested}, given the other assignments ({@code others}
     * excludes the one being changed)?
     */
    public static Decision check(Terms terms, List<Held> others, String email, Period requested) {
        if (requested.until() != null && requested.until().isBefore(requested.from())) {
            return new Decision.InvalidPeriod("validUntil", "must not be before validFrom");
        }
        if (!terms.autoRenew() && terms.termEnd() != null) {
            if (requested.from().isAfter(terms.termEnd())) {
                return new Decision.InvalidPeriod("validFrom", "must be on or before the term's end, " + terms.termEnd()
                        + ", because the subscription does not renew");
            }
            if (requested.until() != null && requested.until().isAfter(terms.termEnd())) {
                return new Decision.InvalidPeriod("validUntil", "must be on or before the term's end, " + terms.termEnd()
                        + ", because the subscription does not renew");
            }
        }
        for (Held held : others) {
            if (held.email().equals(email) && !held.period().isEmpty() && held.period().overlaps(requested)) {
                return new Decision.Overlap(held.period());
            }
        }
        List<Shortage> shortages = daysAtOrAbove(terms.quantity(), others.stream().map(Held::period).toList(), requested);
        return shortages.isEmpty() ? new Decision.Allowed() : new Decision.NoFreeSeat(shortages);
    }

    /**
     * The days within {@code window} on which at least {@code limit} of {@code periods} are valid — the days on
     * which one more assignment would exceed the quantity.
     */
    public static List<Shortage> daysAtOrAbove(int limit, List<Period> periods, Period window) {
        List<Period> relevant = periods.stream().filter(p -> !p.isEmpty() && p.overlaps(window)).toList();
        // The count only changes where a period starts or the day after one ends.
        TreeSet<LocalDate> boundaries = new TreeSet<>();
        boundaries.add(window.from());
        for (Period p : relevant) {
            if (p.from().isAfter(window.from())) {
                boundaries.add(p.from());
            }
            if (p.until() != null) {
                boundaries.add(p.until().plusDays(1));
            }
        }
        List<Shortage> result = new ArrayList<>();
        LocalDate runStart = null;
        for (LocalDate day : boundaries) {
            if (window.until() != null && day.isAfter(window.until())) {
                break;
            }
            long count = relevant.stream().filter(p -> p.covers(day)).count();
            if (count >= limit && runStart == null) {
                runStart = day;
            } else if (count < limit && runStart != null) {
                result.add(new Shortage(runStart, day.minusDays(1)));
                runStart = null;
            }
        }
        if (runStart != null) {
            result.add(new Shortage(runStart, window.until()));
        }
        return result;
    }

    /**
     * Reducing the quantity: refused while some day from {@code today} on has more valid assignments than the
     * new quantity (the admin shortens or revokes first). Returns those days; empty means allowed.
     */
    public static List<Shortage> reductionConflicts(int newQuantity, List<Period> periods, LocalDate today) {
        return daysAtOrAbove(newQuantity + 1, periods, new Period(today, null));
    }

    /** How many assignments are valid on a day. */
    public static long usedOn(List<Period> periods, LocalDate day) {
        return periods.stream().filter(p -> !p.isEmpty() && p.covers(day)).count();
    }

    /** The first day from {@code today} on with fewer than {@code quantity} valid assignments, or null if never. */
    public static LocalDate nextFreeDay(int quantity, List<Period> periods, LocalDate today) {
        List<Shortage> full = daysAtOrAbove(quantity, periods, new Period(today, null));
        if (full.isEmpty() || full.get(0).from().isAfter(today)) {
            return today;
        }
        Shortage first = full.get(0);
        return first.until() == null ? null : first.until().plusDays(1);
    }
}
