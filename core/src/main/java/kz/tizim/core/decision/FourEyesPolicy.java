package kz.tizim.core.decision;

import java.util.Optional;
import kz.tizim.core.account.Actor;

/** Four eyes: nobody approves their own draft. */
public final class FourEyesPolicy implements ApprovalPolicy {

    @Override
    public Optional<String> objection(DecisionDraft draft, Actor approver) {
        return approver.name().equals(draft.drafter())
                ? Optional.of(approver.name() + " drafted this decision; another legal officer must approve it")
                : Optional.empty();
    }
}
