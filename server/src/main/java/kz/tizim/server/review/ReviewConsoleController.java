package kz.tizim.server.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.AssignCaseCommand;
import kz.tizim.core.caseflow.AssigningCase;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.caseflow.RejectCaseCommand;
import kz.tizim.core.caseflow.RejectingCase;
import kz.tizim.core.caseflow.SiteDossier;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.complaint.EvidenceId;
import kz.tizim.core.decision.DecisionDrafts;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.notice.Notices;
import kz.tizim.core.notice.RecheckingCompliance;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.complaint.ComplaintsJdbcRepository;
import kz.tizim.server.complaint.EvidenceJdbcRepository;
import kz.tizim.server.complaint.UseCaseTransactions;
import kz.tizim.server.system.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' console: the queue with SLA clocks, the case page (timeline, complaints, evidence,
 * dossier, draft and decision), assignment and rejection. Regulator staff only; anyone else gets a
 * 404, as for a case that does not exist.
 */
@Controller
class ReviewConsoleController {

    static final List<CaseStatus> QUEUE = List.of(CaseStatus.NEW, CaseStatus.IN_REVIEW, CaseStatus.NOTICE_SENT,
            CaseStatus.RESTRICTION_ORDERED, CaseStatus.APPEALED, CaseStatus.UPHELD);

    private final CasesJdbcRepository cases;
    private final CaseEventLog events;
    private final ComplaintsJdbcRepository complaints;
    private final EvidenceJdbcRepository evidence;
    private final SiteDossiersJdbcRepository dossiers;
    private final DecisionDrafts drafts;
    private final Decisions decisions;
    private final Notices notices;
    private final AssigningCase assigning;
    private final RejectingCase rejecting;
    private final UseCaseTransactions transactions;
    private final Timekeeping time;
    private final kz.tizim.server.audit.Auditor auditor;

    ReviewConsoleController(CasesJdbcRepository cases, CaseEventLog events, ComplaintsJdbcRepository complaints,
            EvidenceJdbcRepository evidence, SiteDossiersJdbcRepository dossiers, DecisionDrafts drafts,
            Decisions decisions, Notices notices, AssigningCase assigning, RejectingCase rejecting,
            UseCaseTransactions transactions, Timekeeping time, kz.tizim.server.audit.Auditor auditor) {
        this.cases = cases;
        this.events = events;
        this.complaints = complaints;
        this.evidence = evidence;
        this.dossiers = dossiers;
        this.drafts = drafts;
        this.decisions = decisions;
        this.notices = notices;
        this.assigning = assigning;
        this.rejecting = rejecting;
        this.transactions = transactions;
        this.time = time;
        this.auditor = auditor;
    }

    /** One queue row. */
    record QueueRow(Case c, boolean breached, String slaLeft) {
    }

    @GetMapping("/review")
    String queue(@RequestParam(defaultValue = "deadline") String sort, Model model) {
        staff();
        Instant now = time.now();
        Comparator<Case> order = switch (sort) {
            case "opened" -> Comparator.comparing(Case::openedAt).reversed();
            case "status" -> Comparator.comparing((Case c) -> c.status().ordinal()).thenComparing(Case::decisionDue);
            default -> Case.PRIORITY;
        };
        List<QueueRow> rows = cases.inStatus(QUEUE, 500).stream().sorted(order)
                .map(c -> new QueueRow(c, c.slaBreached(now), CasePage.left(c.decisionDue(), now))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("sort", sort);
        return "review/queue";
    }

    @GetMapping("/review/cases/{id}")
    String casePage(@PathVariable long id, Model model) {
        Actor actor = staff();
        Case c = cases.find(new CaseId(id)).orElseThrow(ReviewConsoleController::notFound);
        List<Complaint> filed = complaints.findAll(c.complaints());
        List<Evidence> files = filed.stream()
                .flatMap(complaint -> java.util.stream.Stream.concat(complaint.evidence().stream(),
                        complaint.right() == null ? java.util.stream.Stream.empty()
                                : java.util.stream.Stream.of(complaint.right().proof())))
                .distinct().map(evidence::find).flatMap(Optional::stream).toList();
        Instant now = time.now();
        SiteDossier dossier = dossiers.find(c.site()).orElseGet(() -> SiteDossier.unknown(c.site()));
        model.addAttribute("page", new CasePage(c, filed, files, events.timeline(c.id()), drafts.find(c.id()).orElse(null),
                decisions.findByCase(c.id()).orElse(null), notices.findByCase(c.id()).orElse(null), dossier,
                c.slaBreached(now), CasePage.left(c.decisionDue(), now), RecheckingCompliance.mayRecheck(actor)));
        return "review/case";
    }

    @PostMapping("/review/cases/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) String reviewer, RedirectAttributes flash) {
        Actor actor = staff();
        String who = reviewer == null || reviewer.isBlank() ? actor.name() : reviewer.strip();
        Outcome<Transition> outcome = transactions.run(() -> assigning.assign(new AssignCaseCommand(actor,
                new CaseId(id), who)));
        outcome.refusalIfAny().ifPresent(refusal -> flash.addFlashAttribute("refusal", refusal));
        return "redirect:/review/cases/" + id;
    }

    @PostMapping("/review/cases/{id}/reject")
    String reject(@PathVariable long id, @RequestParam String reason, RedirectAttributes flash) {
        Actor actor = staff();
        Outcome<Transition> outcome = transactions.run(() -> rejecting.reject(new RejectCaseCommand(actor,
                new CaseId(id), reason)));
        outcome.refusalIfAny().ifPresent(refusal -> flash.addFlashAttribute("refusal", refusal));
        return "redirect:/review/cases/" + id;
    }

    /** An evidence file of one of the case's complaints, as a download that no browser renders inline. */
    @GetMapping("/review/cases/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        staff();
        Case c = cases.find(new CaseId(id)).orElseThrow(ReviewConsoleController::notFound);
        EvidenceId wanted = new EvidenceId(evidenceId);
        boolean ofCase = complaints.findAll(c.complaints()).stream().anyMatch(complaint ->
                complaint.evidence().contains(wanted)
                        || complaint.right() != null && complaint.right().proof().equals(wanted));
        Evidence file = evidence.find(wanted).filter(e -> ofCase).orElseThrow(ReviewConsoleController::notFound);
        byte[] content = evidence.content(wanted).orElseThrow(ReviewConsoleController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Evidence-SHA256", file.sha256())
                .body(content);
    }

    @GetMapping("/review/sites/{site}")
    String dossier(@PathVariable String site, Model model) {
        staff();
        SiteKey key = new SiteKey(site);
        List<Case> ofSite = cases.ofSite(key);
        SiteDossier dossier = dossiers.find(key).orElseThrow(ReviewConsoleController::notFound);
        model.addAttribute("dossier", dossier);
        model.addAttribute("cases", ofSite);
        model.addAttribute("complaints", complaints.findAll(ofSite.stream().flatMap(c -> c.complaints().stream())
                .distinct().toList()));
        model.addAttribute("decisions", ofSite.stream().map(c -> decisions.findByCase(c.id())).flatMap(Optional::stream)
                .toList());
        model.addAttribute("links", dossiers.links(key));
        return "review/dossier";
    }

    @PostMapping("/review/sites/{site}/links")
    String link(@PathVariable String site, @RequestParam String related, @RequestParam String note) {
        Actor actor = staff();
        if (!actor.has(Role.REVIEWER) && !actor.has(Role.LEGAL_OFFICER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String other = related.strip().toLowerCase(java.util.Locale.ROOT);
        if (other.isEmpty() || other.equals(site)) {
            return "redirect:/review/sites/" + site;
        }
        transactions.read(() -> {
            dossiers.link(new SiteKey(site), new SiteKey(other), note.strip(), actor.name(), time.now());
            auditor.record(actor, "SITE_LINKED", "site:" + site, "related " + other + ": " + note.strip());
            return null;
        });
        return "redirect:/review/sites/" + site;
    }

    private static Actor staff() {
        Actor actor = CurrentActor.require();
        if (!actor.isRegulatorStaff()) {
            throw notFound();
        }
        return actor;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
