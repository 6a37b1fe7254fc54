package kz.tizim.server.complaint;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.complaint.EvidenceId;
import kz.tizim.core.complaint.StoreEvidenceCommand;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Complaints through the API: evidence upload (multipart), filing with an {@code Idempotency-Key}
 * (a retry returns the first filing), and reading one's own organisation's complaints.
 */
@RestController
@RequestMapping("/api/v1")
class ComplaintApiController {

    private final Intake intake;

    ComplaintApiController(Intake intake) {
        this.intake = intake;
    }

    /** A complaint as the API shows it. */
    record ComplaintView(long id, String category, String complainantKind, @Nullable String suggestedBasis,
            String description, List<String> locators, List<Long> evidence, Instant filedAt,
            @Nullable Instant triagedAt, boolean replayed, List<TriageLine> triage) {

        static ComplaintView of(Intake.Result result) {
            Complaint c = result.complaint();
            return new ComplaintView(c.id().value(), c.category().name(), c.complainantKind().name(),
                    c.suggestedBasis() == null ? null : c.suggestedBasis().value(), c.description(), c.locators(),
                    c.evidence().stream().map(EvidenceId::value).toList(), c.filedAt(), c.triagedAt(),
                    result.replayed(), result.triage());
        }
    }

    record EvidenceView(long id, String fileName, String contentType, long sizeBytes, String sha256,
            Instant storedAt) {
    }

    @PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> file(@RequestBody ComplaintRequests.ComplaintRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Actor actor = CurrentActor.require();
        ComplaintRequests.Reading reading = ComplaintRequests.read(actor, request, idempotencyKey);
        if (reading.command() == null) {
            return WorkflowProblems.invalidFields(reading.errors());
        }
        Outcome<Intake.Result> filed = intake.file(reading.command());
        if (!(filed instanceof Outcome.Done<Intake.Result> done)) {
            return WorkflowProblems.response(filed.refusalIfAny().orElseThrow());
        }
        ComplaintView view = ComplaintView.of(done.value());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + view.id()))
                .header("Idempotent-Replayed", Boolean.toString(view.replayed())).body(view);
    }

    @GetMapping("/complaints/{id}")
    ResponseEntity<?> complaint(@PathVariable long id) {
        Actor actor = CurrentActor.require();
        return (id > 0 ? intake.find(actor, new ComplaintId(id)) : java.util.Optional.<Intake.Result>empty())
                .<ResponseEntity<?>>map(result -> ResponseEntity.ok(ComplaintView.of(result)))
                .orElseGet(() -> WorkflowProblems.notFound("complaint " + id));
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<?> evidenceMetadata(@PathVariable long id) {
        Actor actor = CurrentActor.require();
        return (id > 0 ? intake.findEvidence(actor, new EvidenceId(id)) : java.util.Optional.<Evidence>empty())
                .<ResponseEntity<?>>map(e -> ResponseEntity.ok(new EvidenceView(e.id().value(), e.fileName(),
                        e.contentType(), e.sizeBytes(), e.sha256(), e.storedAt())))
                .orElseGet(() -> WorkflowProblems.notFound("evidence " + id));
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> evidence(@RequestPart("file") MultipartFile file) throws IOException {
        Actor actor = CurrentActor.require();
        String type = file.getContentType();
        if (type == null || type.isBlank()) {
            return WorkflowProblems.invalidFields(Map.of("file", "the part needs a Content-Type"));
        }
        String name = file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename();
        Outcome<Evidence> stored = intake.storeEvidence(new StoreEvidenceCommand(actor, name, type, file.getBytes()));
        if (!(stored instanceof Outcome.Done<Evidence> done)) {
            return WorkflowProblems.response(stored.refusalIfAny().orElseThrow());
        }
        Evidence e = done.value();
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + e.id()))
                .body(new EvidenceView(e.id().value(), e.fileName(), e.contentType(), e.sizeBytes(), e.sha256(),
                        e.storedAt()));
    }
}
