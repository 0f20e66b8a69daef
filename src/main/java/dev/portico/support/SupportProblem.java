package dev.portico.support;

import dev.portico.platform.problem.ProblemKind;
import java.util.List;

/** The support feature's problem types. */
public final class SupportProblem {

    public static final ProblemKind PROOF_MISMATCH = ProblemKind.of("contract-proof-mismatch", 422,
            "These details do not match a support contract");
    public static final ProblemKind CONTRACT_CLAIMED = ProblemKind.of("contract-claimed-elsewhere", 409,
            "The contract belongs to another company");
    public static final ProblemKind CONTRACT_NUMBER_TAKEN = ProblemKind.of("contract-number-taken", 409,
            "Another contract has this number");

    public static final ProblemKind CONTRACT_NOT_ACTIVE = ProblemKind.of("contract-not-active", 409,
            "The support contract does not cover today");
    public static final ProblemKind TICKET_TRANSITION = ProblemKind.of("ticket-transition", 409,
            "Not possible in the ticket's current state");

    public static final ProblemKind UPLOAD_QUOTA = ProblemKind.of("upload-quota-exceeded", 422,
            "Too many uploads are waiting to be attached");

    public static final List<ProblemKind> ALL = List.of(PROOF_MISMATCH, CONTRACT_CLAIMED, CONTRACT_NUMBER_TAKEN,
            CONTRACT_NOT_ACTIVE, TICKET_TRANSITION, UPLOAD_QUOTA);

    private SupportProblem() {
    }
}
