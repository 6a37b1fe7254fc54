package kz.tizim.core.decision;

import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;

/** Only a legal officer approves decisions. */
public final class LegalOfficerPolicy implements ApprovalPolicy {

    @Override
    public Optional<String> objection(DecisionDraft draft, Actor approver) {
        return approver.has(Role.LEGAL_OFFICER) ? Optional.empty()
                : Optional.of("only a legal officer approves decisions");
    }
}
