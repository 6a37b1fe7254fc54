package kz.tizim.core.decision;

import java.util.Optional;
import kz.tizim.core.account.Actor;

/** One named rule about who may approve a draft. */
public interface ApprovalPolicy {

    /** Why {@code approver} may not approve {@code draft}, or empty when they may. */
    Optional<String> objection(DecisionDraft draft, Actor approver);

    default String name() {
        return getClass().getSimpleName();
    }
}
