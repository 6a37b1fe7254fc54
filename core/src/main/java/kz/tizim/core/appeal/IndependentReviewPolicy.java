package kz.tizim.core.appeal;

import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.decision.Decision;

/**
 * An appeal is decided by a legal officer who took no part in the decision: neither its approver
 * nor its drafter.
 */
public final class IndependentReviewPolicy {

    public Optional<String> objection(Decision decision, Actor officer) {
        if (!officer.has(Role.LEGAL_OFFICER)) {
            return Optional.of("only a legal officer decides appeals");
        }
        if (officer.name().equals(decision.approvedBy()) || officer.name().equals(decision.draft().drafter())) {
            return Optional.of(officer.name() + " took part in decision " + decision.number()
                    + "; another legal officer must decide the appeal");
        }
        return Optional.empty();
    }
}
