package kz.tizim.server.crossborder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.EvidenceRef;
import kz.tizim.core.crossborder.ReminderSchedule;
import kz.tizim.core.crossborder.RequestSite;
import org.jspecify.annotations.Nullable;

/** What the API shows of candidates and requests: flat values, no domain internals. */
final class CrossBorderViews {

    private CrossBorderViews() {
    }

    record CandidateView(long caseId, String decision, String site, String category, String caseStatus,
            @Nullable String hostingOrganisation, String hostingFinding, String basis, String verdict, String reason,
            String explanation, List<String> locators) {
    }

    record SiteView(long caseId, String decision, String site, String category, String basis, String basisCitation,
            String verdict, List<String> foreignProvisions, String explanation, List<String> locators,
            List<EvidenceRef> evidence, String outcome, @Nullable Instant outcomeAt, String domesticStatus) {
    }

    record RequestView(long id, String reference, String country, String hostName, String status, String authority,
            String contacts, String channel, List<String> measures, String language, int catalogueVersion,
            String catalogueSha256, boolean urgent, String createdBy, Instant createdAt, @Nullable String approvedBy,
            @Nullable String overrideBy, @Nullable String overrideReason, @Nullable Instant sentAt,
            @Nullable Instant answerDue, @Nullable Instant acknowledgedAt, @Nullable Instant closedAt,
            @Nullable String refusalReason, int reminders, @Nullable Instant nextReminderDue,
            @Nullable Instant noResponseAt, List<SiteView> sites) {
    }

    static Map<String, List<CandidateView>> candidates(Map<String, List<Candidates.Candidate>> byCountry) {
        Map<String, List<CandidateView>> views = new LinkedHashMap<>();
        byCountry.forEach((country, list) -> views.put(country, list.stream().map(c -> new CandidateView(c.caseId(),
                c.decision(), c.site(), c.category(), c.caseStatus(), c.organisation(), c.hostingFinding(),
                c.verdict().basis().id().value(), c.verdict().outcome().name(), c.reason(), c.verdict().explanation(),
                c.locators())).toList()));
        return views;
    }

    static RequestView of(CrossBorderRequest r, ReminderSchedule schedule, Function<CaseId, String> caseStatus) {
        return new RequestView(r.id().value(), r.id().reference(), r.country().value(), r.hostName(), r.status().name(),
                r.requestingAuthority(), r.contacts(), r.channel().name(),
                r.measures().stream().map(Enum::name).sorted().toList(), r.language().tag(), r.catalogue().number(),
                r.catalogue().sha256(), r.urgent(), r.createdBy(), r.createdAt(), r.approvedBy(),
                r.override() == null ? null : r.override().by(), r.override() == null ? null : r.override().reason(),
                r.sentAt(), r.answerDue(), r.acknowledgedAt(), r.closedAt(), r.refusalReason(), r.reminders(),
                schedule.nextDue(r), schedule.noResponseAt(r), r.sites().stream().map(s -> site(s, caseStatus.apply(s.caseId()))).toList());
    }

    /** {@code domesticStatus}: the case's status at home (RESTRICTION_ORDERED, LIFTED, …), as the register sees it. */
    private static SiteView site(RequestSite s, String domesticStatus) {
        return new SiteView(s.caseId().value(), s.decision().value(), s.site().value(), s.category().name(), s.basis(),
                s.basisCitation(), s.verdict().name(), s.foreignProvisions(), s.explanation(), s.locators(),
                s.evidence(), s.outcome().name(), s.outcomeAt(), domesticStatus);
    }
}
