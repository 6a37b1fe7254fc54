package kz.tizim.server.crossborder;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.HandlingRequests;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestStatus;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.core.crossborder.SiteOutcome;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.server.system.CurrentActor;
import kz.tizim.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's cross-border desk: candidates by country, the requests, one request's dossier with
 * its next steps as forms, and the statistics. Every step calls the same {@link CrossBorderDesk}
 * method as the API, which checks the actor's roles; a refusal comes back as a message on the dossier.
 */
@Controller
@RequestMapping("/cross-border")
class CrossBorderConsoleController {

    private final CrossBorderDesk desk;
    private final VerdictWording wording;

    CrossBorderConsoleController(CrossBorderDesk desk, VerdictWording wording) {
        this.desk = desk;
        this.wording = wording;
    }

    @GetMapping
    String overview(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("candidates", desk.candidates(actor)); // the verdicts' parts, worded by the page
        model.addAttribute("requests", desk.list(actor).stream().map(desk::view).toList());
        model.addAttribute("mayHandle", HandlingRequests.mayHandle(actor));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("measures", RequestedMeasure.values());
        model.addAttribute("languages", LetterLanguage.values());
        return "crossborder/overview";
    }

    @PostMapping("/requests")
    String draft(@RequestParam String country, @RequestParam(name = "cases", required = false) @Nullable List<Long> cases,
            @RequestParam Channel channel,
            @RequestParam(name = "measures", required = false) @Nullable Set<RequestedMeasure> measures,
            @RequestParam String language, @RequestParam(defaultValue = "") String contacts,
            RedirectAttributes redirect) {
        var command = new CrossBorderDesk.DraftCommand(country, cases == null ? List.of() : cases, null, contacts,
                channel, measures == null ? Set.of() : measures, LetterLanguage.of(language), Map.of());
        Outcome<CrossBorderRequest> outcome = desk.draft(CurrentActor.require(), command);
        if (outcome instanceof Outcome.Done<CrossBorderRequest> done) {
            return "redirect:/cross-border/requests/" + done.value().id();
        }
        redirect.addFlashAttribute("refusal", outcome.refusalIfAny().orElseThrow());
        return "redirect:/cross-border";
    }

    @GetMapping("/requests/{id}")
    String dossier(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        CrossBorderRequest request = desk.find(actor, id);
        model.addAttribute("r", desk.view(request));
        model.addAttribute("documents", desk.documents(actor, id));
        model.addAttribute("mayHandle", HandlingRequests.mayHandle(actor));
        model.addAttribute("mayOverride", request.override() == null && !request.failingDualCriminality().isEmpty()
                && (request.status() == RequestStatus.DRAFT || request.status() == RequestStatus.APPROVED));
        model.addAttribute("answers", List.of(RequestStatus.ACTED, RequestStatus.PARTIALLY_ACTED, RequestStatus.REFUSED));
        model.addAttribute("outcomes", List.of(SiteOutcome.REMOVED, SiteOutcome.STILL_PRESENT));
        Map<Long, String> explanations = new HashMap<>();
        request.sites().forEach(s -> explanations.put(s.caseId().value(),
                wording.explain(request, s, LocaleContextHolder.getLocale()).text()));
        model.addAttribute("explanations", explanations);
        model.addAttribute("reminders", desk.reminders(actor, id));
        model.addAttribute("nextReminder", desk.schedule().nextDue(request));
        model.addAttribute("noResponseAt", desk.schedule().noResponseAt(request));
        return "crossborder/request";
    }

    @PostMapping("/requests/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return back(id, desk.approve(CurrentActor.require(), id), redirect);
    }

    @PostMapping("/requests/{id}/override")
    String override(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return back(id, desk.overrideDualCriminality(CurrentActor.require(), id, reason), redirect);
    }

    @PostMapping("/requests/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        return back(id, desk.send(CurrentActor.require(), id), redirect);
    }

    @PostMapping("/requests/{id}/acknowledge")
    String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
        return back(id, desk.acknowledge(CurrentActor.require(), id), redirect);
    }

    @PostMapping("/requests/{id}/answer")
    String answer(@PathVariable long id, @RequestParam RequestStatus answer,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return back(id, desk.answer(CurrentActor.require(), id, answer, reason), redirect);
    }

    @PostMapping("/requests/{id}/no-response")
    String noResponse(@PathVariable long id, RedirectAttributes redirect) {
        return back(id, desk.noResponse(CurrentActor.require(), id), redirect);
    }

    @PostMapping("/requests/{id}/reminders")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        return back(id, desk.remind(CurrentActor.require(), id), redirect);
    }

    @PostMapping("/requests/{id}/sites/{caseId}/recheck")
    String recheck(@PathVariable long id, @PathVariable long caseId, RedirectAttributes redirect) {
        return back(id, desk.recheck(CurrentActor.require(), id, caseId), redirect);
    }

    @PostMapping("/requests/{id}/sites/{caseId}/outcome")
    String outcome(@PathVariable long id, @PathVariable long caseId, @RequestParam SiteOutcome outcome,
            RedirectAttributes redirect) {
        return back(id, desk.recordOutcome(CurrentActor.require(), id, caseId, outcome), redirect);
    }

    @PostMapping(path = "/requests/{id}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String reply(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) throws IOException {
        try {
            desk.recordReply(CurrentActor.require(), id, file.getOriginalFilename() == null ? "reply"
                    : file.getOriginalFilename(), file.getContentType() == null ? "application/octet-stream"
                    : file.getContentType(), file.getBytes(), note);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refusal", Refusal.invalid(e.getMessage() == null ? "the reply was not accepted" : e.getMessage()));
        }
        return "redirect:/cross-border/requests/" + id;
    }

    @GetMapping("/requests/{id}/documents/{document}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long document) {
        Actor actor = CurrentActor.require();
        var meta = desk.documents(actor, id).stream().filter(d -> d.id() == document).findFirst()
                .orElseThrow(() -> new NotFoundException("document " + document));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(meta.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + meta.fileName() + "\"")
                .header("Digest", "sha-256=" + meta.sha256()).body(desk.documentContent(actor, id, document));
    }

    @GetMapping("/statistics")
    String statistics(Model model) {
        model.addAttribute("rows", desk.statistics(CurrentActor.require()));
        return "crossborder/statistics";
    }

    private static String back(long id, Outcome<CrossBorderRequest> outcome, RedirectAttributes redirect) {
        outcome.refusalIfAny().ifPresent(refusal -> redirect.addFlashAttribute("refusal", refusal));
        return "redirect:/cross-border/requests/" + id;
    }
}
