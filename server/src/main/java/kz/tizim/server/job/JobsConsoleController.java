package kz.tizim.server.job;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.server.complaint.BulkJobsJdbcRepository;
import kz.tizim.server.system.CurrentActor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "My operations": the forms that start a long operation, and the actor's jobs with their progress
 * (htmx polls the list while one is unfinished) and results. Jobs run on the server whether or not
 * the page is open, so a person can leave and come back from any session. The organisation's bulk
 * uploads, which have their own page, are listed here with a link to it.
 */
@Controller
@RequestMapping("/operations")
class JobsConsoleController {

    private static final int BULK_SHOWN = 5;
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final Jobs jobs;
    private final BulkJobsJdbcRepository bulkJobs;
    private final JobProperties properties;
    private final Clock clock;

    JobsConsoleController(Jobs jobs, BulkJobsJdbcRepository bulkJobs, JobProperties properties, Clock clock) {
        this.jobs = jobs;
        this.bulkJobs = bulkJobs;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("operations", jobs.offeredTo(actor));
        model.addAttribute("seesAll", Jobs.seesAll(actor));
        model.addAttribute("keepDays", properties.keepResults().toDays());
        // The register's legal day, for the forms' default and latest dates.
        model.addAttribute("today", LocalDate.now(clock.withZone(ALMATY)));
        list(model);
        return "job/operations";
    }

    /** The jobs and bulk uploads: the fragment htmx polls while something runs. */
    @GetMapping("/list")
    String list(Model model) {
        Actor actor = CurrentActor.require();
        List<Job> list = jobs.visibleTo(actor);
        boolean bulk = actor.has(Role.COMPLAINANT) || actor.has(Role.REVIEWER);
        List<BulkJobsJdbcRepository.Job> uploads = bulk
                ? bulkJobs.ofOrganisation(actor.organisation()).stream().limit(BULK_SHOWN).toList() : List.of();
        model.addAttribute("jobs", list);
        model.addAttribute("seesAll", Jobs.seesAll(actor));
        model.addAttribute("bulk", bulk);
        model.addAttribute("uploads", uploads);
        model.addAttribute("anyUnfinished", list.stream().anyMatch(Job::unfinished)
                || uploads.stream().anyMatch(BulkJobsJdbcRepository.Job::running));
        return "job/operations :: jobs";
    }

    @PostMapping
    String start(@RequestParam(defaultValue = "") String kind, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        Map<String, String> given = new LinkedHashMap<>(form);
        given.remove("_csrf");
        given.remove("kind");
        Jobs.Started started = jobs.start(CurrentActor.require(), kind, given);
        if (started instanceof Jobs.Refused refused) {
            response.setStatus(JobsApiController.status(refused).value());
            model.addAttribute("refused", refused);
            model.addAttribute("refusedKind", kind);
            return page(model);
        }
        return "redirect:/operations#job-" + ((Jobs.Queued) started).job().id();
    }

    @GetMapping("/{id}/result")
    ResponseEntity<Resource> result(@PathVariable long id) {
        Actor actor = CurrentActor.require();
        Job job = jobs.find(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (job.unfinished() || job.state() == Job.State.FAILED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "job " + id + " has no result");
        }
        Path file = jobs.result(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE,
                "the result of job " + id + " is no longer kept"));
        return download(job, file);
    }

    static ResponseEntity<Resource> download(Job job, Path file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(job.resultType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(job.resultName()).build().toString())
                .header("Digest", "sha-256=" + job.resultSha256())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
