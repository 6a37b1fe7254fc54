package kz.tizim.server.crossborder;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CountryStatistics;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestStatus;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.core.crossborder.SiteOutcome;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/cross-border}: the foreign desk, legal officers and auditors; everyone else gets 403. */
@RestController
@RequestMapping("/api/v1/cross-border")
class CrossBorderApiController {

    record DraftBody(String country, List<Long> cases, @Nullable String authority, @Nullable String contacts,
            Channel channel, Set<RequestedMeasure> measures, @Nullable String language,
            @Nullable Map<Long, Map<Fact, Boolean>> facts) {
    }

    record ReasonBody(@Nullable String reason) {
    }

    record AnswerBody(RequestStatus answer, @Nullable String reason) {
    }

    record OutcomeBody(SiteOutcome outcome) {
    }

    private final CrossBorderDesk desk;

    CrossBorderApiController(CrossBorderDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/candidates")
    Map<String, List<CrossBorderViews.CandidateView>> candidates() {
        return CrossBorderViews.candidates(desk.candidates(CurrentActor.require()));
    }

    @GetMapping("/requests")
    List<CrossBorderViews.RequestView> requests() {
        return desk.list(CurrentActor.require()).stream().map(desk::view).toList();
    }

    @PostMapping("/requests")
    ResponseEntity<?> draft(@RequestBody DraftBody body) {
        Map<Long, CaseFacts> facts = new java.util.HashMap<>();
        if (body.facts() != null) {
            body.facts().forEach((c, known) -> facts.put(c, new CaseFacts(known)));
        }
        var command = new CrossBorderDesk.DraftCommand(body.country(), body.cases(), body.authority(),
                body.contacts() == null ? "" : body.contacts(), body.channel(), body.measures(),
                body.language() == null ? LetterLanguage.EN : LetterLanguage.of(body.language()), facts);
        Outcome<CrossBorderRequest> outcome = desk.draft(CurrentActor.require(), command);
        if (outcome instanceof Outcome.Done<CrossBorderRequest> done) {
            return ResponseEntity.created(URI.create("/api/v1/cross-border/requests/" + done.value().id()))
                    .body(desk.view(done.value()));
        }
        return problem(outcome.refusalIfAny().orElseThrow());
    }

    @GetMapping("/requests/{id}")
    CrossBorderViews.RequestView request(@PathVariable long id) {
        return desk.view(desk.find(CurrentActor.require(), id));
    }

    @PostMapping("/requests/{id}/approve")
    ResponseEntity<?> approve(@PathVariable long id) {
        return answer(desk.approve(CurrentActor.require(), id));
    }

    @PostMapping("/requests/{id}/override")
    ResponseEntity<?> override(@PathVariable long id, @RequestBody ReasonBody body) {
        return answer(desk.overrideDualCriminality(CurrentActor.require(), id, body.reason() == null ? "" : body.reason()));
    }

    @PostMapping("/requests/{id}/send")
    ResponseEntity<?> send(@PathVariable long id) {
        return answer(desk.send(CurrentActor.require(), id));
    }

    @PostMapping("/requests/{id}/acknowledge")
    ResponseEntity<?> acknowledge(@PathVariable long id) {
        return answer(desk.acknowledge(CurrentActor.require(), id));
    }

    @PostMapping("/requests/{id}/answer")
    ResponseEntity<?> answer(@PathVariable long id, @RequestBody AnswerBody body) {
        return answer(desk.answer(CurrentActor.require(), id, body.answer(), body.reason()));
    }

    @PostMapping("/requests/{id}/no-response")
    ResponseEntity<?> noResponse(@PathVariable long id) {
        return answer(desk.noResponse(CurrentActor.require(), id));
    }

    @PostMapping("/requests/{id}/reminders")
    ResponseEntity<?> remind(@PathVariable long id) {
        return answer(desk.remind(CurrentActor.require(), id));
    }

    @GetMapping("/requests/{id}/reminders")
    List<CrossBorderRequestsJdbcRepository.Reminder> reminders(@PathVariable long id) {
        return desk.reminders(CurrentActor.require(), id);
    }

    @PostMapping("/requests/{id}/sites/{caseId}/outcome")
    ResponseEntity<?> outcome(@PathVariable long id, @PathVariable long caseId, @RequestBody OutcomeBody body) {
        return answer(desk.recordOutcome(CurrentActor.require(), id, caseId, body.outcome()));
    }

    @PostMapping("/requests/{id}/sites/{caseId}/recheck")
    ResponseEntity<?> recheck(@PathVariable long id, @PathVariable long caseId) {
        return answer(desk.recheck(CurrentActor.require(), id, caseId));
    }

    @PostMapping(path = "/requests/{id}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Long>> reply(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "") String note) throws IOException {
        long doc = desk.recordReply(CurrentActor.require(), id, file.getOriginalFilename() == null ? "reply"
                : file.getOriginalFilename(), file.getContentType() == null ? "application/octet-stream"
                : file.getContentType(), file.getBytes(), note);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("document", doc));
    }

    @GetMapping("/requests/{id}/documents")
    List<CrossBorderDocumentsJdbcRepository.StoredDocument> documents(@PathVariable long id) {
        return desk.documents(CurrentActor.require(), id);
    }

    @GetMapping("/requests/{id}/documents/{document}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long document) {
        var actor = CurrentActor.require();
        var meta = desk.documents(actor, id).stream().filter(d -> d.id() == document).findFirst()
                .orElseThrow(() -> new kz.tizim.server.system.NotFoundException("document " + document));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(meta.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + meta.fileName() + "\"")
                .header("Digest", "sha-256=" + meta.sha256()).body(desk.documentContent(actor, id, document));
    }

    @GetMapping("/requests/{id}/letter")
    ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam(defaultValue = "en") String language) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .body(desk.letter(CurrentActor.require(), id, LetterLanguage.of(language)));
    }

    @GetMapping("/requests/{id}/annex")
    ResponseEntity<String> annex(@PathVariable long id, @RequestParam(defaultValue = "stix") String format) {
        String body = desk.annex(CurrentActor.require(), id, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.equals("csv")
                ? "text/csv;charset=UTF-8" : "application/stix+json;version=2.1")).body(body);
    }

    @GetMapping("/statistics")
    List<CountryStatistics> statistics() {
        return desk.statistics(CurrentActor.require());
    }

    private ResponseEntity<?> answer(Outcome<CrossBorderRequest> outcome) {
        return outcome instanceof Outcome.Done<CrossBorderRequest> done ? ResponseEntity.ok(desk.view(done.value()))
                : problem(outcome.refusalIfAny().orElseThrow());
    }

    private static ResponseEntity<ProblemDetail> problem(Refusal refusal) {
        HttpStatus status = switch (refusal.rule()) {
            case Refusal.NOT_AUTHORISED, "LegalOfficerPolicy", "FourEyesPolicy" -> HttpStatus.FORBIDDEN;
            case Refusal.NOT_FOUND -> HttpStatus.NOT_FOUND;
            case Refusal.INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.message());
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("https://tizim.kz/problems/" + refusal.rule()));
        problem.setProperty("rule", refusal.rule());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
