package kz.tizim.core.decision;

import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.proportionality.Assessment;

/** One named rule about who may approve a draft. */
public interface ApprovalPolicy {

    /** Why {@code approver} may not approve {@code draft}, or empty when they may. */
    Optional<String> objection(DecisionDraft draft, Actor approver);

    /** The proportionality objections an {@link #objection} rests on, if any, for the refusal to carry. */
    default List<Assessment> proportionalityBehind(DecisionDraft draft) {
        return List.of();
    }

    default String name() {
        return getClass().getSimpleName();
    }
}
