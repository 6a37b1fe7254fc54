package kz.tizim.server.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.SiteDossier;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.DecisionDraft;
import kz.tizim.core.notice.Notice;
import org.jspecify.annotations.Nullable;

/**
 * Everything the case page shows.
 *
 * @param mayRecheck whether the viewer may re-check compliance ({@code RecheckingCompliance.mayRecheck})
 */
record CasePage(Case c, List<Complaint> complaints, List<Evidence> evidence, List<CaseEventLog.TimelineEntry> timeline,
        @Nullable DecisionDraft draft, @Nullable Decision decision, @Nullable Notice notice, SiteDossier dossier,
        boolean breached, String slaLeft, boolean mayRecheck) {

    /** Time left until the decision is due, as {@code 2h 05m}, or how late it is ({@code -0h 30m}). */
    static String left(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        String sign = left.isNegative() ? "-" : "";
        Duration abs = left.abs();
        long days = abs.toDays();
        return sign + (days > 0 ? days + "d " : "") + abs.toHoursPart() + "h " + String.format("%02dm", abs.toMinutesPart());
    }
}
