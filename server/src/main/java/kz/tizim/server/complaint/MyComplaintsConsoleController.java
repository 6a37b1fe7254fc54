package kz.tizim.server.complaint;

import java.util.List;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My complaints": the signed-in person's organisation's complaints, newest first, each locator with
 * what triage did and where its case stands now (status, and the decision once there is one). Only
 * the own organisation's complaints are listed, whoever asks.
 */
@Controller
class MyComplaintsConsoleController {

    /** Complaints shown on the page. */
    static final int SHOWN = 100;

    private final ComplaintsJdbcRepository complaints;
    private final Intake intake;

    MyComplaintsConsoleController(ComplaintsJdbcRepository complaints, Intake intake) {
        this.complaints = complaints;
        this.intake = intake;
    }

    /** One complaint with its triage lines and the current state of the cases they name. */
    record Row(Complaint complaint, List<TriageLine> triage, boolean bulk) {
    }

    /** Where a case stands now. */
    record CaseState(long id, String status, @Nullable String decision) {
    }

    @GetMapping("/complaints")
    String mine(Model model) {
        Actor actor = CurrentActor.require();
        List<Row> rows = complaints.findByOrganisation(actor.organisation()).stream().limit(SHOWN)
                .map(c -> new Row(c, intake.triage(c.id()), c.locators().isEmpty()))
                .toList();
        List<Long> caseIds = rows.stream().flatMap(r -> r.triage().stream()).map(TriageLine::caseId)
                .filter(id -> id != null).distinct().toList();
        Map<Long, CaseState> cases = complaints.caseStates(caseIds);
        model.addAttribute("rows", rows);
        model.addAttribute("cases", cases);
        return "complaint/mine";
    }
}
