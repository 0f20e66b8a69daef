package dev.portico.account;

import dev.portico.platform.problem.ProblemKind;
import java.util.List;

/** Problems of the accounts feature. */
public final class AccountProblem {

    public static final ProblemKind LAST_ADMIN = ProblemKind.of("last-admin", 409, "A company needs at least one admin");

    public static final ProblemKind ALREADY_MEMBER = ProblemKind.of("already-member", 409, "Already a member");

    public static final ProblemKind ALREADY_INVITED = ProblemKind.of("already-invited", 409, "Already invited");

    public static final ProblemKind INVITATION_CLOSED = ProblemKind.of("invitation-closed", 409, "The invitation is no longer open");

    public static final ProblemKind ADMINISTERS_SUBSCRIPTIONS = ProblemKind.of("administers-subscriptions", 409,
            "You administer subscriptions of this company — transfer them first");

    /** Every kind above, for the API documentation. */
    public static final List<ProblemKind> ALL = List.of(LAST_ADMIN, ALREADY_MEMBER, ALREADY_INVITED, INVITATION_CLOSED,
            ADMINISTERS_SUBSCRIPTIONS);

    private AccountProblem() {
    }
}
