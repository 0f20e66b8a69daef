package dev.portico.account;

/** Where an invitation stands. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    REVOKED
}
