package dev.portico.seat;

import dev.portico.platform.problem.ProblemKind;
import java.util.List;

/** Problems of the seats feature. */
public final class SeatProblem {

    public static final ProblemKind NO_FREE_SEAT = ProblemKind.of("no-free-seat", 409, "No free seat for the whole period");

    public static final ProblemKind SEAT_OVERLAP = ProblemKind.of("seat-overlap", 409, "This person already has a seat in that period");

    public static final ProblemKind SEAT_CLOSED = ProblemKind.of("seat-closed", 409, "The seat was revoked or has ended");

    public static final ProblemKind SUBSCRIPTION_NOT_MANAGEABLE = ProblemKind.of("seats-not-manageable", 409, "Seats can only be managed on an active subscription");

    /** Every kind above, for the API documentation. */
    public static final List<ProblemKind> ALL = List.of(NO_FREE_SEAT, SEAT_OVERLAP, SEAT_CLOSED, SUBSCRIPTION_NOT_MANAGEABLE);

    private SeatProblem() {
    }
}
