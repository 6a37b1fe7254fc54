package kz.tizim.core.appeal;

import java.time.Instant;
import kz.tizim.core.caseflow.AppealId;
import kz.tizim.core.caseflow.AppealOutcome;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import org.jspecify.annotations.Nullable;

/**
 * An appeal against a case's restriction.
 *
 * @param filedBy the complainant actor's name, or the owner's e-mail address
 * @param outcome null until decided
 */
public record Appeal(
        AppealId id,
        CaseId caseId,
        DecisionNumber decision,
        Appellant appellant,
        String filedBy,
        String grounds,
        Instant filedAt,
        @Nullable AppealOutcome outcome,
        @Nullable String decidedBy,
        @Nullable String reasons,
        @Nullable Instant decidedAt) {

    public boolean decided() {
        return outcome != null;
    }

    public Appeal decided(AppealOutcome result, String by, String why, Instant at) {
        return new Appeal(id, caseId, decision, appellant, filedBy, grounds, filedAt, result, by, why, at);
    }
}
