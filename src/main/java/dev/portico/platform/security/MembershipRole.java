package dev.portico.platform.security;

/** What a person may do in a company they belong to. */
public enum MembershipRole {
    ADMIN,
    MEMBER
}
