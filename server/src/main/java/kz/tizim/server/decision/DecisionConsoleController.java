package kz.tizim.server.decision;

import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.decision.ApproveDecisionCommand;
import kz.tizim.core.decision.ApprovingDecision;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.DecisionDraft;
import kz.tizim.core.decision.DecisionDrafts;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.decision.DraftingDecision;
import kz.tizim.core.decision.RenewRestrictionCommand;
import kz.tizim.core.decision.RenewingRestriction;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.complaint.UseCaseTransactions;
import kz.tizim.server.document.PdfDocuments;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decision editor (with every proportionality verdict shown before approval), approval by a
 * second legal officer, and the decision page with its PDF in Kazakh, Russian or English.
 */
@Controller
class DecisionConsoleController {

    static final Map<String, Locale> LANGUAGES = Map.of("kk", Locale.forLanguageTag("kk"), "ru",
            Locale.forLanguageTag("ru"), "en", Locale.ENGLISH);

    private final Cases cases;
    private final DecisionDrafts drafts;
    private final Decisions decisions;
    private final DraftingDecision drafting;
    private final ApprovingDecision approving;
    private final RenewingRestriction renewing;
    private final LegalCatalogues catalogues;
    private final UseCaseTransactions transactions;
    private final PdfDocuments pdf;
    private final Timekeeping time;

    DecisionConsoleController(Cases cases, DecisionDrafts drafts, Decisions decisions, DraftingDecision drafting,
            ApprovingDecision approving, RenewingRestriction renewing, LegalCatalogues catalogues,
            UseCaseTransactions transactions, PdfDocuments pdf, Timekeeping time) {
        this.cases = cases;
        this.drafts = drafts;
        this.decisions = decisions;
        this.drafting = drafting;
        this.approving = approving;
        this.renewing = renewing;
        this.catalogues = catalogues;
        this.transactions = transactions;
        this.pdf = pdf;
        this.time = time;
    }

    @GetMapping("/decisions/cases/{id}/draft")
    String editor(@PathVariable long id, Model model) {
        Case c = staffCase(id);
        DecisionDraft draft = drafts.find(c.id()).orElse(null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", draft == null
                    ? new DraftForm(null, null, c.locators().get(0).toString(), "", "", "", null, false)
                    : new DraftForm(draft.basis().value(), draft.measure().name(), draft.scope().toString(),
                            draft.facts(), draft.reasoning(), draft.scopeJustification(), draft.term().getMonths(),
                            draft.automatedDetection()));
        }
        model.addAttribute("c", c);
        model.addAttribute("draft", draft);
        model.addAttribute("bases", catalogues.current().basesIn(c.procedure().category()));
        model.addAttribute("catalogue", catalogues.current().version());
        return "decision/editor";
    }

    @PostMapping("/decisions/cases/{id}/draft")
    String draft(@PathVariable long id, @ModelAttribute DraftForm form, RedirectAttributes flash) {
        Actor actor = CurrentActor.require();
        staffCase(id);
        DraftForm.Reading reading = form.read(actor, new CaseId(id));
        if (reading.command() == null) {
            flash.addFlashAttribute("form", form);
            flash.addFlashAttribute("errors", reading.errors());
            return "redirect:/decisions/cases/" + id + "/draft";
        }
        Outcome<DecisionDraft> outcome = transactions.run(() -> drafting.draft(reading.command()));
        if (!outcome.isDone()) {
            flash.addFlashAttribute("form", form);
            flash.addFlashAttribute("refusal", outcome.refusalIfAny().orElseThrow());
            return "redirect:/decisions/cases/" + id + "/draft";
        }
        return "redirect:/decisions/cases/" + id + "/draft";
    }

    @PostMapping("/decisions/cases/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        Actor actor = CurrentActor.require();
        staffCase(id);
        Outcome<Decision> outcome = transactions.run(() -> approving.approve(new ApproveDecisionCommand(actor,
                new CaseId(id))));
        if (outcome instanceof Outcome.Done<Decision> done) {
            return "redirect:/decisions/" + done.value().number();
        }
        flash.addFlashAttribute("refusal", outcome.refusalIfAny().orElseThrow());
        return "redirect:/decisions/cases/" + id + "/draft";
    }

    @GetMapping("/decisions/{number}")
    String decision(@PathVariable String number, Model model) {
        Actor actor = staff();
        Decision d = decision(number);
        model.addAttribute("d", d);
        Case c = cases.find(d.draft().caseId()).orElse(null);
        if (c != null && c.restriction() != null) {
            model.addAttribute("restrictionEnd", c.restriction().end());
            model.addAttribute("renewable", RenewingRestriction.mayRenew(actor, c, time.now()));
        }
        if (!model.containsAttribute("renewalForm")) {
            model.addAttribute("renewalForm", new RenewalForm(null, ""));
        }
        return "decision/decision";
    }

    /**
     * A legal officer extends the restriction of a decision for fresh reasons (the register records
     * the new end as a renewed version); refusals come back to the decision page.
     */
    @PostMapping("/decisions/{number}/renewal")
    String renew(@PathVariable String number, @ModelAttribute RenewalForm form, RedirectAttributes flash) {
        Actor actor = CurrentActor.require();
        staff();
        Decision d = decision(number);
        Integer months = form.months();
        if (months == null || months < 1) {
            flash.addFlashAttribute("renewalForm", form);
            flash.addFlashAttribute("renewalError", "decision.renewal.months.invalid");
            return "redirect:/decisions/" + number + "#renewal";
        }
        Outcome<?> outcome = transactions.run(() -> renewing.renew(new RenewRestrictionCommand(actor,
                d.draft().caseId(), Period.ofMonths(months), form.reasons() == null ? "" : form.reasons())));
        if (!outcome.isDone()) {
            flash.addFlashAttribute("renewalForm", form);
            flash.addFlashAttribute("refusal", outcome.refusalIfAny().orElseThrow());
            return "redirect:/decisions/" + number + "#renewal";
        }
        flash.addFlashAttribute("renewed", true);
        return "redirect:/decisions/" + number + "#renewal";
    }

    /** The renewal form: the extension in months and the fresh reasons. */
    record RenewalForm(@Nullable Integer months, @Nullable String reasons) {
    }

    @GetMapping("/decisions/{number}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(defaultValue = "kk") String language) {
        staff();
        Locale locale = LANGUAGES.get(language);
        if (locale == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language is kk, ru or en");
        }
        Decision d = decision(number);
        Map<String, Object> model = new HashMap<>();
        model.put("d", d);
        model.put("language", language);
        model.put("approvedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(time.zone()).format(d.approvedAt()));
        byte[] document = pdf.render("decision/decision-pdf", locale, model);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.number().value() + "-" + language + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document);
    }

    private Decision decision(String number) {
        try {
            return decisions.find(new DecisionNumber(number))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private Case staffCase(long id) {
        staff();
        return cases.find(new CaseId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Actor staff() {
        Actor actor = CurrentActor.require();
        if (!actor.isRegulatorStaff()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return actor;
    }
}
