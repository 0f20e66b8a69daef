package dev.portico.account;

import dev.portico.platform.problem.ProblemKind;

/** Problems of the accounts feature. */
public enum AccountProblem implements ProblemKind {
    LAST_ADMIN("last-admin", 409, "A company needs at least one admin"),
    ALREADY_MEMBER("already-member", 409, "Already a member"),
    ALREADY_INVITED("already-invited", 409, "Already invited"),
    INVITATION_CLOSED("invitation-closed", 409, "The invitation is no longer open");

    private final String slug;
    private final int status;
    private final String title;

    AccountProblem(String slug, int status, String title) {
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
