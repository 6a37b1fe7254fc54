package kz.tizim.core.notice;

import java.time.Instant;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.NoticeTiming;
import kz.tizim.core.decision.StatementOfReasons;
import org.jspecify.annotations.Nullable;

/**
 * A notice to deliver, with the appeal code in clear. It goes only to the {@link Outbox}; the
 * mailer erases the code once delivered. {@link #toString()} never shows it.
 */
public record NoticeMessage(Recipient recipient, CaseId caseId, NoticeTiming timing, StatementOfReasons statement,
        @Nullable Instant complianceDue, String appealCode) {

    @Override
    public String toString() {
        return "NoticeMessage[case=" + caseId + ", decision=" + statement.decision() + ", to="
                + recipient.contact().email() + ", timing=" + timing + ", complianceDue=" + complianceDue + "]";
    }
}
