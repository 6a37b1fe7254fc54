package kz.tizim.core.crossborder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * One request to one host state, batching every candidate site hosted there. Immutable: each step
 * returns the request after it, or a refusal when the step is not allowed from the current status
 * ({@link RequestStatus}). Who may take a step is checked in {@link HandlingRequests}.
 *
 * @param version incremented by every step; the store saves only over the previous version
 * @param hostName the host state's name in the catalogue cited ("Germany")
 * @param catalogue the legal catalogue the verdicts were read from
 * @param answerDue when an answer is due: 1 hour for terrorist content (as the EU's TCO Regulation
 *     2021/784 art. 3(3) requires of removal orders), otherwise the configured period; set on sending
 */
public record CrossBorderRequest(
        RequestId id,
        long version,
        JurisdictionCode country,
        String hostName,
        RequestStatus status,
        String requestingAuthority,
        String contacts,
        Channel channel,
        Set<RequestedMeasure> measures,
        LetterLanguage language,
        CatalogueVersion catalogue,
        List<RequestSite> sites,
        String createdBy,
        Instant createdAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable DualCriminalityOverride override,
        @Nullable Instant sentAt,
        @Nullable Instant answerDue,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant closedAt,
        @Nullable String refusalReason,
        int reminders,
        @Nullable Instant lastReminderAt) {

    /** Terrorist content: answer within one hour (TCO Regulation 2021/784 art. 3(3) for removal orders). */
    public static final Duration TERRORIST_CONTENT_DEADLINE = Duration.ofHours(1);

    public CrossBorderRequest {
        measures = Set.copyOf(measures);
        sites = List.copyOf(sites);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("a request names at least one site");
        }
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("a request asks for at least one measure");
        }
        if (requestingAuthority.isBlank()) {
            throw new IllegalArgumentException("a request names the requesting authority");
        }
    }

    /** A new draft. */
    public static CrossBorderRequest draft(RequestId id, JurisdictionCode country, String hostName,
            String requestingAuthority, String contacts, Channel channel, Set<RequestedMeasure> measures,
            LetterLanguage language, CatalogueVersion catalogue, List<RequestSite> sites, String actor, Instant at) {
        return new CrossBorderRequest(id, 0, country, hostName, RequestStatus.DRAFT, requestingAuthority, contacts,
                channel, measures, language, catalogue, sites, actor, at, null, null, null, null, null, null, null, null,
                0, null);
    }

    /** Terrorist content in any site makes the whole request urgent. */
    public boolean urgent() {
        return sites.stream().anyMatch(s -> s.category() == OffenceCategory.TERRORISM_PROPAGANDA);
    }

    /** Sites whose dual-criminality verdict is NOT_SATISFIED: sending them needs an override. */
    public List<RequestSite> failingDualCriminality() {
        return sites.stream().filter(RequestSite::dualCriminalityFails).toList();
    }

    Outcome<CrossBorderRequest> approve(String actor, Instant at) {
        if (!status.mayBecome(RequestStatus.APPROVED)) {
            return illegal(RequestStatus.APPROVED);
        }
        return Outcome.done(next(RequestStatus.APPROVED, actor, at, override, sentAt, answerDue, acknowledgedAt,
                closedAt, refusalReason, reminders, lastReminderAt));
    }

    Outcome<CrossBorderRequest> overridden(DualCriminalityOverride given) {
        if (status != RequestStatus.DRAFT && status != RequestStatus.APPROVED) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "request " + id.reference() + " is already " + status
                    + "; an override is only possible before sending");
        }
        if (failingDualCriminality().isEmpty()) {
            return Outcome.refused(Refusal.INVALID_REQUEST, "no site of request " + id.reference()
                    + " fails dual criminality; there is nothing to override");
        }
        return Outcome.done(next(status, approvedBy, approvedAt, given, sentAt, answerDue, acknowledgedAt, closedAt,
                refusalReason, reminders, lastReminderAt));
    }

    Outcome<CrossBorderRequest> sent(Duration ordinaryAnswerPeriod, Instant at) {
        if (!status.mayBecome(RequestStatus.SENT)) {
            return illegal(RequestStatus.SENT);
        }
        Instant due = at.plus(urgent() ? TERRORIST_CONTENT_DEADLINE : ordinaryAnswerPeriod);
        return Outcome.done(next(RequestStatus.SENT, approvedBy, approvedAt, override, at, due, acknowledgedAt,
                closedAt, refusalReason, reminders, lastReminderAt));
    }

    Outcome<CrossBorderRequest> acknowledged(Instant at) {
        if (!status.mayBecome(RequestStatus.ACKNOWLEDGED)) {
            return illegal(RequestStatus.ACKNOWLEDGED);
        }
        return Outcome.done(next(RequestStatus.ACKNOWLEDGED, approvedBy, approvedAt, override, sentAt, answerDue, at,
                closedAt, refusalReason, reminders, lastReminderAt));
    }

    /** The host state's answer; an answer to a request never acknowledged acknowledges it too. */
    Outcome<CrossBorderRequest> answered(RequestStatus answer, @Nullable String reason, Instant at) {
        if (!answer.isAnswer()) {
            return Outcome.refused(Refusal.INVALID_REQUEST, answer + " is not an answer (ACTED, PARTIALLY_ACTED, REFUSED)");
        }
        if (answer == RequestStatus.REFUSED && (reason == null || reason.isBlank())) {
            return Outcome.refused(Refusal.INVALID_REQUEST, "record the host state's reason for refusing");
        }
        CrossBorderRequest from = this;
        if (status == RequestStatus.SENT) {
            from = acknowledged(at).value();
        }
        if (!from.status.mayBecome(answer)) {
            return illegal(answer);
        }
        return Outcome.done(from.next(answer, approvedBy, approvedAt, override, sentAt, answerDue,
                from.acknowledgedAt, at, answer == RequestStatus.REFUSED ? reason : null, reminders, lastReminderAt));
    }

    Outcome<CrossBorderRequest> noResponse(Instant at) {
        if (!status.mayBecome(RequestStatus.NO_RESPONSE)) {
            return illegal(RequestStatus.NO_RESPONSE);
        }
        return Outcome.done(next(RequestStatus.NO_RESPONSE, approvedBy, approvedAt, override, sentAt, answerDue,
                acknowledgedAt, at, refusalReason, reminders, lastReminderAt));
    }

    Outcome<CrossBorderRequest> reminded(Instant at) {
        if (!status.awaitsAnswer()) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "request " + id.reference() + " is " + status
                    + "; only requests awaiting an answer get reminders");
        }
        return Outcome.done(next(status, approvedBy, approvedAt, override, sentAt, answerDue, acknowledgedAt, closedAt,
                refusalReason, reminders + 1, at));
    }

    Outcome<CrossBorderRequest> siteChecked(CaseId caseId, SiteOutcome outcome, Instant at) {
        if (sentAt == null) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "request " + id.reference() + " has not been sent");
        }
        var updated = new ArrayList<RequestSite>();
        boolean found = false;
        for (RequestSite site : sites) {
            if (site.caseId().equals(caseId)) {
                updated.add(site.withOutcome(outcome, at));
                found = true;
            } else {
                updated.add(site);
            }
        }
        if (!found) {
            return Outcome.refused(Refusal.NOT_FOUND, "case " + caseId + " is not in request " + id.reference());
        }
        return Outcome.done(new CrossBorderRequest(id, version + 1, country, hostName, status, requestingAuthority,
                contacts, channel, measures, language, catalogue, updated, createdBy, createdAt, approvedBy, approvedAt,
                override, sentAt, answerDue, acknowledgedAt, closedAt, refusalReason, reminders, lastReminderAt));
    }

    private CrossBorderRequest next(RequestStatus newStatus, @Nullable String newApprovedBy,
            @Nullable Instant newApprovedAt, @Nullable DualCriminalityOverride newOverride, @Nullable Instant newSentAt,
            @Nullable Instant newAnswerDue, @Nullable Instant newAcknowledgedAt, @Nullable Instant newClosedAt,
            @Nullable String newRefusalReason, int newReminders, @Nullable Instant newLastReminderAt) {
        return new CrossBorderRequest(id, version + 1, country, hostName, newStatus, requestingAuthority, contacts,
                channel, measures, language, catalogue, sites, createdBy, createdAt, newApprovedBy, newApprovedAt,
                newOverride, newSentAt, newAnswerDue, newAcknowledgedAt, newClosedAt, newRefusalReason, newReminders,
                newLastReminderAt);
    }

    private Outcome<CrossBorderRequest> illegal(RequestStatus target) {
        return Outcome.refused(Refusal.ILLEGAL_TRANSITION,
                "request " + id.reference() + " cannot go from " + status + " to " + target);
    }
}
