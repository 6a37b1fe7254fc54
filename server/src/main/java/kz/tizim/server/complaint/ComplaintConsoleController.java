package kz.tizim.server.complaint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.complaint.StoreEvidenceCommand;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's complaint form: category, suggested basis, description, one locator per line,
 * evidence files and, for rights holders, the right held with its proof. Files are stored first (each
 * checked by the evidence policy), then the complaint is filed and triaged, and the browser is sent
 * to the complaint's own page (Post/Redirect/Get), which shows the triage of every line and survives
 * a reload or a change of language. Only the filing organisation (and regulator staff) see it.
 */
@Controller
class ComplaintConsoleController {

    private final Intake intake;

    ComplaintConsoleController(Intake intake) {
        this.intake = intake;
    }

    @GetMapping("/complaints/new")
    String form(Model model) {
        model.addAttribute("categories", OffenceCategory.values());
        return "complaint/form";
    }

    @PostMapping("/complaints")
    String file(@RequestParam String category, @RequestParam(defaultValue = "") String suggestedBasis,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String locators,
            @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(defaultValue = "") String workTitle, @RequestParam(defaultValue = "OWNER") String rightBasis,
            @RequestParam(name = "proof", required = false) @Nullable MultipartFile proof,
            @RequestParam(defaultValue = "") String ownerName, @RequestParam(defaultValue = "") String ownerEmail,
            Model model) throws IOException {
        Actor actor = CurrentActor.require();
        model.addAttribute("categories", OffenceCategory.values());
        List<Long> evidence = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                Outcome<Evidence> stored = store(actor, file);
                if (!(stored instanceof Outcome.Done<Evidence> done)) {
                    return refused(model, stored.refusalIfAny().orElseThrow());
                }
                evidence.add(done.value().id().value());
            }
        }
        ComplaintRequests.RightRequest right = null;
        if (!workTitle.isBlank()) {
            Long proofId = null;
            if (proof != null && !proof.isEmpty()) {
                Outcome<Evidence> stored = store(actor, proof);
                if (!(stored instanceof Outcome.Done<Evidence> done)) {
                    return refused(model, stored.refusalIfAny().orElseThrow());
                }
                proofId = done.value().id().value();
            }
            right = new ComplaintRequests.RightRequest(workTitle, rightBasis, proofId);
        }
        var request = new ComplaintRequests.ComplaintRequest(category, suggestedBasis, description,
                Arrays.stream(locators.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList(), evidence,
                right, ownerEmail.isBlank() ? null : new ComplaintRequests.ContactRequest(ownerName, ownerEmail), null);
        ComplaintRequests.Reading reading = ComplaintRequests.read(actor, request, null);
        if (reading.command() == null) {
            model.addAttribute("errors", reading.errors());
            return "complaint/form";
        }
        Outcome<Intake.Result> filed = intake.file(reading.command());
        if (!(filed instanceof Outcome.Done<Intake.Result> done)) {
            return refused(model, filed.refusalIfAny().orElseThrow());
        }
        return "redirect:/complaints/" + done.value().complaint().id().value();
    }

    @GetMapping("/complaints/{id}")
    String complaint(@PathVariable long id, Model model) {
        Intake.Result result = intake.find(CurrentActor.require(), new ComplaintId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("result", result);
        return "complaint/filed";
    }

    private Outcome<Evidence> store(Actor actor, MultipartFile file) throws IOException {
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        return intake.storeEvidence(new StoreEvidenceCommand(actor, String.valueOf(file.getOriginalFilename()), type,
                file.getBytes()));
    }

    private static String refused(Model model, Refusal refusal) {
        model.addAttribute("errors", Map.of(refusal.rule(), refusal.message()));
        return "complaint/form";
    }
}
