package kz.tizim.server.complaint;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import kz.tizim.core.account.Actor;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.system.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's bulk upload: a CSV or JSON-lines file of locators with one category and one
 * description. The page lists the organisation's jobs; while one runs, htmx polls the job list
 * fragment so its progress bar moves, and the page can be left and opened again. Without
 * JavaScript the list is simply current when the page loads.
 */
@Controller
@RequestMapping("/complaints/bulk")
class BulkIntakeConsoleController {

    private final BulkIntake intake;
    private final BulkJobsJdbcRepository jobs;

    BulkIntakeConsoleController(BulkIntake intake, BulkJobsJdbcRepository jobs) {
        this.intake = intake;
        this.jobs = jobs;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("categories", Arrays.stream(OffenceCategory.values())
                .filter(c -> c != OffenceCategory.COPYRIGHT).toList());
        jobs(model);
        return "complaint/bulk";
    }

    /** The organisation's jobs: the fragment htmx polls. */
    @GetMapping("/jobs")
    String jobs(Model model) {
        var list = jobs.ofOrganisation(CurrentActor.require().organisation());
        model.addAttribute("jobs", list);
        model.addAttribute("anyRunning", list.stream().anyMatch(BulkJobsJdbcRepository.Job::running));
        return "complaint/bulk :: jobs";
    }

    @PostMapping
    String upload(@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String description,
            @RequestParam("file") MultipartFile file, Model model) throws IOException {
        Actor actor = CurrentActor.require();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        var command = new BulkIntake.BulkCommand(actor, BulkIntakeApiController.category(category), description,
                name, BulkUploadReader.Format.of(name), file.getSize(), null);
        BulkIntake.Result result;
        try (InputStream in = file.getInputStream()) {
            result = intake.file(command, in);
        }
        if (result instanceof BulkIntake.Refused refused) {
            model.addAttribute("refused", refused);
            return page(model);
        }
        return "redirect:/complaints/bulk";
    }

    @GetMapping("/{jobId}/errors.csv")
    void errors(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.require();
        if (jobs.find(jobId).filter(job -> job.organisation().equals(actor.organisation())).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "bulk job " + jobId);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bulk-" + jobId + "-errors.csv\"");
        jobs.writeErrorReport(jobId, response.getOutputStream());
    }
}
