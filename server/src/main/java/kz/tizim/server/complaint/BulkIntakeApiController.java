package kz.tizim.server.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.complaint.IdempotencyKey;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk intake through the API. {@code POST /api/v1/complaints/bulk?category=…&description=…} with a
 * {@code text/csv} or {@code application/x-ndjson} body streams up to a million locators into one
 * complaint; jobs and their error reports are visible only to the uploading organisation (another
 * organisation's job answers 404 like a missing one). An {@code Idempotency-Key} header makes a retry
 * safe: the same key answers with the first upload ({@code Idempotent-Replayed: true}) without loading
 * the body again, or 409 while that upload still runs.
 */
@RestController
@RequestMapping("/api/v1/complaints/bulk")
class BulkIntakeApiController {

    private final BulkIntake intake;
    private final BulkJobsJdbcRepository jobs;

    BulkIntakeApiController(BulkIntake intake, BulkJobsJdbcRepository jobs) {
        this.intake = intake;
        this.jobs = jobs;
    }

    @PostMapping
    ResponseEntity<?> upload(@RequestParam(required = false) @Nullable String category,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(name = "fileName", defaultValue = "upload") String fileName,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            HttpServletRequest request) throws IOException {
        Actor actor = CurrentActor.require();
        IdempotencyKey key;
        try {
            key = idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey);
        } catch (IllegalArgumentException e) {
            return WorkflowProblems.invalidFields(Map.of("Idempotency-Key", e.getMessage()));
        }
        long length = request.getContentLengthLong();
        var command = new BulkIntake.BulkCommand(actor, category(category), description, fileName,
                BulkUploadReader.Format.of(request.getContentType()), length > 0 ? length : null, key);
        Optional<BulkIntake.Refused> early = intake.refusalBeforeReading(actor, command.category(), description);
        if (early.isPresent()) {
            return refused(early.get());
        }
        BulkIntake.Result result = intake.file(command, request.getInputStream());
        if (result instanceof BulkIntake.Refused refused) {
            return refused(refused);
        }
        var filed = (BulkIntake.Filed) result;
        return ResponseEntity.created(URI.create("/api/v1/complaints/bulk/" + filed.job().id()))
                .header("Idempotent-Replayed", Boolean.toString(filed.replayed())).body(filed.job());
    }

    @GetMapping
    List<BulkJobsJdbcRepository.Job> jobs() {
        return jobs.ofOrganisation(CurrentActor.require().organisation());
    }

    @GetMapping("/{jobId}")
    ResponseEntity<?> job(@PathVariable long jobId) {
        return own(jobId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> WorkflowProblems.notFound("bulk job " + jobId));
    }

    @GetMapping("/{jobId}/errors")
    ResponseEntity<?> errors(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        if (own(jobId).isEmpty()) {
            return WorkflowProblems.notFound("bulk job " + jobId);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bulk-" + jobId + "-errors.csv\"");
        jobs.writeErrorReport(jobId, response.getOutputStream());
        return null;
    }

    /** The job if the actor's organisation uploaded it: nobody else's, not even regulator staff's. */
    private Optional<BulkJobsJdbcRepository.Job> own(long jobId) {
        Actor actor = CurrentActor.require();
        return jobs.find(jobId).filter(job -> job.organisation().equals(actor.organisation()));
    }

    static @Nullable OffenceCategory category(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffenceCategory.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A refusal as a problem: 403 for who may file, 422 for offending rows (first ones, count, report link). */
    static ResponseEntity<ProblemDetail> refused(BulkIntake.Refused refused) {
        HttpStatus status = switch (refused.rule()) {
            case "NotAuthorised" -> HttpStatus.FORBIDDEN;
            case "Invalid" -> HttpStatus.BAD_REQUEST;
            case "UploadRunning" -> HttpStatus.CONFLICT;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.reason());
        problem.setTitle(status.getReasonPhrase());
        problem.setType(WorkflowProblems.TYPE_BASE.resolve(refused.rule()));
        problem.setProperty("rule", refused.rule());
        problem.setProperty("requestId", kz.tizim.server.system.RequestIds.current());
        if (refused.jobId() != null) {
            problem.setProperty("job", refused.jobId());
        }
        boolean aboutTheKey = refused.rule().equals("IdempotencyKey") || refused.rule().equals("UploadRunning");
        if (refused.jobId() != null && !aboutTheKey) {
            problem.setProperty("errorCount", refused.errorCount());
            problem.setProperty("rows", refused.sample());
            problem.setProperty("errorReport", "/api/v1/complaints/bulk/" + refused.jobId() + "/errors");
        }
        return ResponseEntity.status(status).body(problem);
    }
}
