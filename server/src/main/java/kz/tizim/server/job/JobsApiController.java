package kz.tizim.server.job;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.server.system.CurrentActor;
import kz.tizim.server.system.NotFoundException;
import kz.tizim.server.system.RequestIds;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Long operations through the API: ask for one ({@code 202} with its {@code Location}), follow its
 * progress, fetch its result. The same rules as the console: a token sees the jobs it asked for
 * (an organisation token's are its organisation's machine client's), another's answer 404.
 */
@RestController
@RequestMapping("/api/v1/jobs")
class JobsApiController {

    private static final URI TYPE_BASE = URI.create("https://tizim.kz/problems/");

    private final Jobs jobs;
    private final MessageSource messages;

    JobsApiController(Jobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** What a client asks for: the kind and its parameters (for {@code open-data-export}: dataset, format, from, to). */
    record StartRequest(@Nullable String kind, @Nullable Map<String, String> parameters) {
    }

    /** A job as the API shows it; {@code result} is the download link once done. */
    record JobView(long id, String kind, Map<String, String> parameters, String owner, String state, long done,
            @Nullable Long total, int percent, String resultName, @Nullable Long resultBytes,
            @Nullable String resultSha256, @Nullable String result, @Nullable String error, Instant createdAt,
            @Nullable Instant startedAt, @Nullable Instant finishedAt) {

        /** Why a job failed is shown to administrators and auditors; others learn only that it did (it is logged). */
        static JobView of(Job job, boolean details) {
            String error = job.error() == null || details || job.interrupted() ? job.error()
                    : "the operation failed on the server (job " + job.id() + "); the error was logged";
            return new JobView(job.id(), job.kind(), job.parameters(), job.owner(), job.state().name(), job.done(),
                    job.total(), job.percent(), job.resultName(), job.resultBytes(), job.resultSha256(),
                    job.downloadable() ? "/api/v1/jobs/" + job.id() + "/result" : null, error, job.createdAt(),
                    job.startedAt(), job.finishedAt());
        }
    }

    @GetMapping
    List<JobView> list() {
        Actor actor = CurrentActor.require();
        return jobs.visibleTo(actor).stream().map(job -> JobView.of(job, Jobs.seesAll(actor))).toList();
    }

    @PostMapping
    ResponseEntity<?> start(@RequestBody StartRequest request) {
        Actor actor = CurrentActor.require();
        Jobs.Started started = jobs.start(actor, request.kind() == null ? "" : request.kind(),
                request.parameters() == null ? Map.of() : request.parameters());
        if (started instanceof Jobs.Refused refused) {
            HttpStatus status = status(refused);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(refused.messageCode(),
                    refused.arguments().toArray(), Locale.ENGLISH));
            problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase());
            problem.setType(TYPE_BASE.resolve(switch (refused.reason()) {
                case FORBIDDEN -> "forbidden";
                case TOO_MANY -> "too-many-jobs";
                default -> "invalid-request";
            }));
            problem.setProperty("code", refused.messageCode());
            problem.setProperty("requestId", RequestIds.current());
            return ResponseEntity.status(status).body(problem);
        }
        Job job = ((Jobs.Queued) started).job();
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.id()))
                .body(JobView.of(job, Jobs.seesAll(actor)));
    }

    @GetMapping("/{id}")
    JobView one(@PathVariable long id) {
        Actor actor = CurrentActor.require();
        return JobView.of(jobs.find(actor, id).orElseThrow(() -> new NotFoundException("job " + id)),
                Jobs.seesAll(actor));
    }

    @GetMapping("/{id}/result")
    ResponseEntity<?> result(@PathVariable long id) {
        Actor actor = CurrentActor.require();
        Job job = jobs.find(actor, id).orElseThrow(() -> new NotFoundException("job " + id));
        if (job.state() != Job.State.DONE) {
            return problem(HttpStatus.CONFLICT, "job-without-result", "job " + id + " is " + job.state()
                    + " and has no result");
        }
        var file = jobs.result(actor, id);
        if (file.isEmpty()) {
            return problem(HttpStatus.GONE, "job-result-removed", "the result of job " + id + " is no longer kept");
        }
        return JobsConsoleController.download(job, file.get());
    }

    /** Who may ask (403), how many at once (429), what was asked (400). */
    static HttpStatus status(Jobs.Refused refused) {
        return switch (refused.reason()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setType(TYPE_BASE.resolve(type));
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.status(status).body(problem);
    }
}
