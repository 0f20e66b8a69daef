package dev.portico.platform.security;

/**
 * Fired (synchronously, in the transaction) by the sign-in handshake ({@code GET /api/v1/me}) so that features
 * can link what was addressed to the person's verified email — invitations, seats, subscriptions — to them.
 */
public record UserSignedIn(AppUser user) {
}
