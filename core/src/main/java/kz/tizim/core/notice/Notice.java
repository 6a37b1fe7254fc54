package kz.tizim.core.notice;

import java.time.Instant;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.NoticeTiming;
import org.jspecify.annotations.Nullable;

/**
 * A notice sent to the owner, as stored: the appeal code only as its hash.
 *
 * @param complianceDue when the owner's time to comply ends; null after a restriction (urgent track)
 */
public record Notice(CaseId caseId, DecisionNumber decision, Recipient recipient, NoticeTiming timing,
        @Nullable Instant complianceDue, String appealCodeSha256, Instant sentAt) {
}
