package dev.portico.seat;

/** Where a seat stands, derived from its dates, its claim and a revocation. */
public enum SeatState {
    /** Assigned to an email that has not signed in yet. */
    INVITED,
    /** Claimed, starting later. */
    SCHEDULED,
    /** Claimed and valid today. */
    ACTIVE,
    /** Its period is over. */
    ENDED,
    /** Taken back. */
    REVOKED
}
