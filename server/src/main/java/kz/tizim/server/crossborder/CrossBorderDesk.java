package kz.tizim.server.crossborder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CountryStatistics;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.CsvAnnex;
import kz.tizim.core.crossborder.HandlingRequests;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.ReminderSchedule;
import kz.tizim.core.crossborder.RequestId;
import kz.tizim.core.crossborder.RequestSite;
import kz.tizim.core.crossborder.RequestStatus;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.core.crossborder.SiteOutcome;
import kz.tizim.core.crossborder.StixAnnex;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.notice.ContentProbe;
import kz.tizim.core.notice.ProbeResult;
import kz.tizim.core.notice.RestoreAccessCommand;
import kz.tizim.core.notice.RestoringAccess;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.catalogue.LegalCatalogues;
import kz.tizim.server.document.DocumentHash;
import kz.tizim.server.system.NotFoundException;
import kz.tizim.server.system.SigningKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cross-border use cases as the API, the console and the CLI call them: authorisation is checked
 * here (and again in {@link HandlingRequests}), every change is audited in its transaction, and every
 * document Tizim issues is stored with its SHA-256 and an Ed25519 signature over its bytes.
 */
@Service
class CrossBorderDesk {

    /** What the desk fills in to draft a request; {@code facts} per case refine the verdicts. */
    record DraftCommand(String country, List<Long> cases, @Nullable String authority, String contacts, Channel channel,
            Set<RequestedMeasure> measures, LetterLanguage language, Map<Long, CaseFacts> facts) {
    }

    private final CrossBorderRequestsJdbcRepository requests;
    private final CrossBorderDocumentsJdbcRepository documents;
    private final Candidates candidates;
    private final HandlingRequests handling;
    private final LetterRenderer letters;
    private final LegalCatalogues catalogues;
    private final ContentProbe probe;
    private final RestoringAccess restoring;
    private final Cases cases;
    private final SigningKey signingKey;
    private final Auditor auditor;
    private final CrossBorderProperties properties;
    private final Clock clock;

    CrossBorderDesk(CrossBorderRequestsJdbcRepository requests, CrossBorderDocumentsJdbcRepository documents,
            Candidates candidates, HandlingRequests handling, LetterRenderer letters, LegalCatalogues catalogues,
            ContentProbe probe, RestoringAccess restoring, Cases cases, SigningKey signingKey, Auditor auditor,
            CrossBorderProperties properties, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.candidates = candidates;
        this.handling = handling;
        this.letters = letters;
        this.catalogues = catalogues;
        this.probe = probe;
        this.restoring = restoring;
        this.cases = cases;
        this.signingKey = signingKey;
        this.auditor = auditor;
        this.properties = properties;
        this.clock = clock;
    }

    Map<String, List<Candidates.Candidate>> candidates(Actor actor) {
        requireRead(actor);
        return candidates.byCountry(new HashSet<>(requests.casesInLiveRequests()), Map.of());
    }

    @Transactional
    Outcome<CrossBorderRequest> draft(Actor actor, DraftCommand command) {
        if (!HandlingRequests.mayHandle(actor)) {
            return Outcome.refused(Refusal.notAuthorised("requests are drafted by the foreign desk or a legal officer"));
        }
        JurisdictionCode country = JurisdictionCode.parse(command.country());
        Set<Long> busy = new HashSet<>(requests.casesInLiveRequests());
        List<Long> busyAsked = command.cases().stream().filter(busy::contains).toList();
        if (!busyAsked.isEmpty()) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "cases " + busyAsked + " are already in a live request");
        }
        List<Candidates.Candidate> found = candidates.forCountry(country.value(), command.cases(), command.facts());
        List<Long> missing = new ArrayList<>(command.cases());
        found.forEach(c -> missing.remove(c.caseId()));
        if (found.isEmpty() || !missing.isEmpty()) {
            return Outcome.refused(Refusal.INVALID_REQUEST, "not candidates for " + country + ": cases "
                    + (found.isEmpty() ? command.cases() : missing)
                    + " (an approved decision and hosting recorded in that country are needed)");
        }
        List<RequestSite> sites = found.stream().map(Candidates.Candidate::toSite).toList();
        String authority = command.authority() == null || command.authority().isBlank() ? properties.authority()
                : command.authority().strip();
        var request = CrossBorderRequest.draft(requests.nextId(), country, found.get(0).hostName(), authority,
                command.contacts().strip(), command.channel(), command.measures(), command.language(),
                catalogues.current().version(), sites, actor.name(), clock.instant());
        requests.save(request);
        auditor.record(actor, "CROSS_BORDER_REQUEST_DRAFTED", target(request), "country=" + country + "; cases="
                + command.cases() + "; catalogue=" + request.catalogue().label() + "; verdicts="
                + sites.stream().map(s -> s.site() + ":" + s.verdict()).toList());
        return Outcome.done(request);
    }

    List<CrossBorderRequest> list(Actor actor) {
        requireRead(actor);
        return requests.all();
    }

    CrossBorderRequest find(Actor actor, long id) {
        requireRead(actor);
        return load(id);
    }

    @Transactional
    Outcome<CrossBorderRequest> approve(Actor actor, long id) {
        return step(actor, id, r -> handling.approve(actor, r), "CROSS_BORDER_REQUEST_APPROVED", r -> "");
    }

    @Transactional
    Outcome<CrossBorderRequest> overrideDualCriminality(Actor actor, long id, String reason) {
        return step(actor, id, r -> handling.overrideDualCriminality(actor, r, reason),
                "CROSS_BORDER_DUAL_CRIMINALITY_OVERRIDDEN", r -> "sites=" + r.failingDualCriminality().stream()
                        .map(s -> s.site().value()).toList() + "; reason=" + reason.strip());
    }

    /** Sends: the letter (three languages, the chosen one marked as sent) and the annexes are stored, hashed, signed. */
    @Transactional
    Outcome<CrossBorderRequest> send(Actor actor, long id) {
        Outcome<CrossBorderRequest> sent = step(actor, id, r -> handling.send(actor, r), "CROSS_BORDER_REQUEST_SENT",
                r -> "channel=" + r.channel() + "; answerDue=" + r.answerDue() + "; urgent=" + r.urgent()
                        + (r.override() == null ? "" : "; override by " + r.override().by()));
        if (sent instanceof Outcome.Done<CrossBorderRequest> done) {
            CrossBorderRequest r = done.value();
            for (LetterLanguage language : LetterLanguage.values()) {
                issue(actor, r, "LETTER", language.tag(), r.id().reference() + "-letter-" + language.tag() + ".pdf",
                        "application/pdf", letters.render(r, language),
                        language == r.language() ? "letter as sent" : "translation for the file");
            }
            issue(actor, r, "ANNEX_CSV", null, r.id().reference() + "-annex.csv", "text/csv",
                    CsvAnnex.write(r).getBytes(StandardCharsets.UTF_8), "annex");
            issue(actor, r, "ANNEX_STIX", null, r.id().reference() + "-annex.stix.json", "application/stix+json",
                    StixAnnex.bundle(r, clock.instant(), UUID::randomUUID).getBytes(StandardCharsets.UTF_8), "annex");
        }
        return sent;
    }

    @Transactional
    Outcome<CrossBorderRequest> acknowledge(Actor actor, long id) {
        return step(actor, id, r -> handling.acknowledge(actor, r), "CROSS_BORDER_REQUEST_ACKNOWLEDGED", r -> "");
    }

    @Transactional
    Outcome<CrossBorderRequest> answer(Actor actor, long id, RequestStatus answer, @Nullable String reason) {
        return step(actor, id, r -> handling.answer(actor, r, answer, reason), "CROSS_BORDER_REQUEST_ANSWERED",
                r -> "answer=" + answer + (reason == null || reason.isBlank() ? "" : "; reason=" + reason.strip()));
    }

    @Transactional
    Outcome<CrossBorderRequest> noResponse(Actor actor, long id) {
        return step(actor, id, r -> handling.noResponse(actor, r), "CROSS_BORDER_REQUEST_UNANSWERED", r -> "");
    }

    /** Records the next reminder if it is due now; each interval of the schedule is reminded once. */
    @Transactional
    Outcome<CrossBorderRequest> remind(Actor actor, long id) {
        Outcome<CrossBorderRequest> outcome = step(actor, id, r -> handling.remind(actor, r),
                "CROSS_BORDER_REMINDER_DUE", r -> "reminder " + r.reminders() + " of " + handling.schedule().maximum(r)
                        + " (due " + handling.schedule().dueAt(r, r.reminders()) + ")");
        if (outcome instanceof Outcome.Done<CrossBorderRequest> done) {
            CrossBorderRequest r = done.value();
            requests.recordReminder(r.id(), new CrossBorderRequestsJdbcRepository.Reminder(r.reminders(),
                    handling.schedule().dueAt(r, r.reminders()), clock.instant(), actor.name()));
        }
        return outcome;
    }

    /**
     * The scheduler's step for one request awaiting an answer: the next reminder if it is due, else
     * NO_RESPONSE if every reminder went unanswered and the period has passed; nothing otherwise.
     * Returns what was done, for the log.
     */
    @Transactional
    Optional<String> advance(Actor system, long id) {
        CrossBorderRequest request = load(id);
        if (handling.schedule().due(request, clock.instant())) {
            return remind(system, id).isDone() ? Optional.of("reminded " + request.id().reference()) : Optional.empty();
        }
        if (handling.schedule().noResponseDue(request, clock.instant())) {
            return step(system, id, r -> handling.closeUnanswered(system, r), "CROSS_BORDER_REQUEST_UNANSWERED",
                    r -> "every reminder (" + r.reminders() + ") went unanswered").isDone()
                    ? Optional.of("closed " + request.id().reference() + " as NO_RESPONSE") : Optional.empty();
        }
        return Optional.empty();
    }

    List<Long> awaitingAnswer() {
        return requests.awaitingAnswer().stream().map(RequestId::value).toList();
    }

    List<CrossBorderRequestsJdbcRepository.Reminder> reminders(Actor actor, long id) {
        requireRead(actor);
        return requests.reminders(load(id).id());
    }

    ReminderSchedule schedule() {
        return handling.schedule();
    }

    /**
     * Records what a re-check found at one site. Content gone lifts the domestic restriction through
     * the same use case as an owner's removal ({@link RestoringAccess}, which re-fetches the restricted
     * locators itself), the reason citing this request; content still there, or a lifting the use case
     * refuses, leaves the restriction as it is. Both are audited on the request.
     */
    @Transactional
    Outcome<CrossBorderRequest> recordOutcome(Actor actor, long id, long caseId, SiteOutcome outcome) {
        Outcome<CrossBorderRequest> recorded = step(actor, id,
                r -> handling.recordSiteOutcome(actor, r, new CaseId(caseId), outcome), "CROSS_BORDER_SITE_CHECKED",
                r -> "case=" + caseId + "; outcome=" + outcome);
        if (recorded instanceof Outcome.Done<CrossBorderRequest> done && outcome == SiteOutcome.REMOVED) {
            liftDomestic(actor, done.value(), new CaseId(caseId));
        }
        return recorded;
    }

    private void liftDomestic(Actor actor, CrossBorderRequest r, CaseId caseId) {
        String cited = "request " + r.id().reference() + " to " + r.hostName() + " (" + r.status() + ")";
        Outcome<Transition> lifted = restoring.restore(RestoreAccessCommand.afterRequestAbroad(actor, caseId, cited));
        if (lifted.isDone()) {
            auditor.record(actor, "CROSS_BORDER_RESTRICTION_LIFTED", target(r), "case=" + caseId.value()
                    + "; the content was removed by the host state after " + cited);
        } else {
            auditor.record(actor, "CROSS_BORDER_RESTRICTION_NOT_LIFTED", target(r), "case=" + caseId.value()
                    + "; " + lifted.refusalIfAny().orElseThrow());
        }
    }

    /** The request as the API and the console show it: each site's domestic case status, the reminder dates. */
    CrossBorderViews.RequestView view(CrossBorderRequest r) {
        return CrossBorderViews.of(r, handling.schedule(), caseId -> cases.find(caseId).orElseThrow().status().name());
    }

    /** Re-checks a site's locators over the network: all gone is REMOVED, any present STILL_PRESENT. */
    @Transactional
    Outcome<CrossBorderRequest> recheck(Actor actor, long id, long caseId) {
        if (!HandlingRequests.mayHandle(actor)) {
            return Outcome.refused(Refusal.notAuthorised("sites are re-checked by the foreign desk or a legal officer"));
        }
        CrossBorderRequest request = load(id);
        RequestSite site = request.sites().stream().filter(s -> s.caseId().value() == caseId).findFirst()
                .orElseThrow(() -> new NotFoundException("case " + caseId + " in request " + request.id().reference()));
        boolean present = false;
        for (String line : site.locators()) {
            ProbeResult result = probe.probe(Locator.parse(line));
            if (result instanceof ProbeResult.Failed failed) {
                return Outcome.refused("ProbeFailed", "the re-check of " + line + " failed (" + failed.reason()
                        + "); nothing can be concluded");
            }
            present |= result instanceof ProbeResult.Present;
        }
        return recordOutcome(actor, id, caseId, present ? SiteOutcome.STILL_PRESENT : SiteOutcome.REMOVED);
    }

    /** Stores a reply from the host state (a scan, an e-mail) with its SHA-256. */
    @Transactional
    long recordReply(Actor actor, long id, String fileName, String contentType, byte[] content, String note) {
        if (!HandlingRequests.mayHandle(actor)) {
            throw new AccessDeniedException("replies are recorded by the foreign desk or a legal officer");
        }
        if (content.length == 0) {
            throw new IllegalArgumentException("the reply file is empty");
        }
        CrossBorderRequest request = load(id);
        if (request.sentAt() == null) {
            throw new IllegalArgumentException("request " + request.id().reference() + " has not been sent");
        }
        String sha256 = DocumentHash.sha256(content);
        long doc = documents.store(request.id(), "REPLY", null, fileName, contentType, content, sha256, null,
                note.strip(), actor.name(), clock.instant());
        auditor.record(actor, "CROSS_BORDER_REPLY_RECORDED", target(request), "document=" + doc + "; sha256=" + sha256);
        return doc;
    }

    List<CrossBorderDocumentsJdbcRepository.StoredDocument> documents(Actor actor, long id) {
        requireRead(actor);
        return documents.list(load(id).id());
    }

    byte[] documentContent(Actor actor, long id, long document) {
        requireRead(actor);
        return documents.content(load(id).id(), document)
                .orElseThrow(() -> new NotFoundException("document " + document));
    }

    /** A letter rendered now (a preview before sending; the stored ones are the documents). */
    byte[] letter(Actor actor, long id, LetterLanguage language) {
        requireRead(actor);
        return letters.render(load(id), language);
    }

    String annex(Actor actor, long id, String format) {
        requireRead(actor);
        CrossBorderRequest r = load(id);
        return switch (format) {
            case "csv" -> CsvAnnex.write(r);
            case "stix" -> StixAnnex.bundle(r, clock.instant(), UUID::randomUUID);
            default -> throw new IllegalArgumentException("format is csv or stix: '" + format + "'");
        };
    }

    List<CountryStatistics> statistics(Actor actor) {
        requireRead(actor);
        return CountryStatistics.of(requests.all());
    }

    String publicKeyPem() {
        return signingKey.publicKeyPem();
    }

    private void issue(Actor actor, CrossBorderRequest r, String kind, @Nullable String language, String fileName,
            String contentType, byte[] content, String note) {
        String sha256 = DocumentHash.sha256(content);
        String signature = Base64.getEncoder().encodeToString(signingKey.sign(content));
        long doc = documents.store(r.id(), kind, language, fileName, contentType, content, sha256, signature, note,
                actor.name(), clock.instant());
        auditor.record(actor, "CROSS_BORDER_DOCUMENT_ISSUED", target(r), "document=" + doc + "; kind=" + kind
                + (language == null ? "" : "; language=" + language) + "; sha256=" + sha256);
    }

    private Outcome<CrossBorderRequest> step(Actor actor, long id,
            Function<CrossBorderRequest, Outcome<CrossBorderRequest>> action, String auditAction,
            Function<CrossBorderRequest, String> detail) {
        requireRead(actor);
        CrossBorderRequest request = load(id);
        Outcome<CrossBorderRequest> outcome = action.apply(request);
        if (outcome instanceof Outcome.Done<CrossBorderRequest> done) {
            requests.save(done.value());
            auditor.record(actor, auditAction, target(done.value()), "status=" + done.value().status() + "; "
                    + detail.apply(done.value()));
        } else {
            auditor.record(actor, "CROSS_BORDER_STEP_REFUSED", target(request), auditAction + ": "
                    + outcome.refusalIfAny().orElseThrow());
        }
        return outcome;
    }

    private CrossBorderRequest load(long id) {
        if (id <= 0) {
            throw new NotFoundException("request " + id);
        }
        return requests.find(new RequestId(id)).orElseThrow(() -> new NotFoundException("request " + id));
    }

    private static void requireRead(Actor actor) {
        if (!HandlingRequests.mayRead(actor) && actor.kind() != Actor.Kind.SYSTEM) {
            throw new AccessDeniedException("cross-border requests are for the foreign desk, legal officers and auditors");
        }
    }

    private static String target(CrossBorderRequest r) {
        return "cross-border:" + r.id().value();
    }

    static Map<Long, CaseFacts> noFacts() {
        return new HashMap<>();
    }
}
