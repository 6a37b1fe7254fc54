package kz.tizim.core.decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.proportionality.Assessment;

/** A scope a proportionality policy escalated needs an approver holding the role it named. */
public final class EscalationPolicy implements ApprovalPolicy {

    @Override
    public Optional<String> objection(DecisionDraft draft, Actor approver) {
        var missing = EnumSet.noneOf(Role.class);
        for (Role role : draft.proportionality().requiredRoles()) {
            if (!approver.has(role)) {
                missing.add(role);
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("the scope was escalated and needs approval by " + missing + ": "
                        + draft.proportionality().summary());
    }

    @Override
    public List<Assessment> proportionalityBehind(DecisionDraft draft) {
        return draft.proportionality().escalations();
    }
}
