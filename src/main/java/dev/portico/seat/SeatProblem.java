package dev.portico.seat;

import dev.portico.platform.problem.ProblemKind;

/** Problems of the seats feature. */
public enum SeatProblem implements ProblemKind {
    NO_FREE_SEAT("no-free-seat", 409, "No free seat for the whole period"),
    SEAT_OVERLAP("seat-overlap", 409, "This person already has a seat in that period"),
    SEAT_CLOSED("seat-closed", 409, "The seat was revoked or has ended"),
    SUBSCRIPTION_NOT_MANAGEABLE("seats-not-manageable", 409, "Seats can only be managed on an active subscription");

    private final String slug;
    private final int status;
    private final String title;

    SeatProblem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
