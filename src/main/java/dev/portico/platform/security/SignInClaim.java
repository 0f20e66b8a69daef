package dev.portico.platform.security;

/**
 * Something a feature links to a person when they sign in with a verified email ({@link UserSignedIn}): invitations,
 * seats, services bought for them. Each feature says, as one SQL condition on {@code :email}, whether anything waits
 * for an address, so that the sign-in handshake asks once, reading, and opens a write transaction only when there is
 * something to claim — not on every {@code GET /api/v1/me}.
 */
public interface SignInClaim {

    /** A boolean SQL expression (typically {@code exists (…)}) over the parameter {@code :email}. */
    String pendingSql();
}
