package kz.tizim.server.complaint;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.TriageComplaintCommand;
import kz.tizim.core.caseflow.TriageReport;
import kz.tizim.core.caseflow.TriagingComplaint;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.complaint.FileComplaintCommand;
import kz.tizim.core.complaint.Filed;
import kz.tizim.core.complaint.FilingComplaint;
import kz.tizim.core.complaint.StoreEvidenceCommand;
import kz.tizim.core.complaint.StoringEvidence;
import kz.tizim.core.complaint.ViewingComplaints;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.audit.Auditor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files a complaint and triages it in the same transaction, so a complainant is told at once which
 * locators opened a case, joined one, are already restricted or are not locators at all. Filing and
 * evidence uploads are audited; the triage steps are audited as case events.
 */
@Service
public class Intake {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FilingComplaint filing;
    private final StoringEvidence storing;
    private final TriagingComplaint triaging;
    private final ViewingComplaints viewing;
    private final ComplaintsJdbcRepository complaints;
    private final EvidenceJdbcRepository evidence;
    private final UseCaseTransactions transactions;
    private final Auditor auditor;

    Intake(FilingComplaint filing, StoringEvidence storing, TriagingComplaint triaging, ViewingComplaints viewing,
            ComplaintsJdbcRepository complaints, EvidenceJdbcRepository evidence, UseCaseTransactions transactions,
            Auditor auditor) {
        this.filing = filing;
        this.storing = storing;
        this.triaging = triaging;
        this.viewing = viewing;
        this.complaints = complaints;
        this.evidence = evidence;
        this.transactions = transactions;
        this.auditor = auditor;
    }

    /** A filed complaint with its triage, and whether this answer replays an earlier filing. */
    public record Result(Complaint complaint, boolean replayed, List<TriageLine> triage) {
    }

    public Outcome<Result> file(FileComplaintCommand command) {
        try {
            return transactions.run(() -> fileOnce(command));
        } catch (DuplicateKeyException raced) {
            // Two retries with one idempotency key raced; the loser now finds the winner's filing.
            return transactions.run(() -> fileOnce(command));
        }
    }

    private Outcome<Result> fileOnce(FileComplaintCommand command) {
        Outcome<Filed> filed = filing.file(command);
        if (!(filed instanceof Outcome.Done<Filed> done)) {
            return filed.map(f -> null);
        }
        Complaint complaint = done.value().complaint();
        if (done.value().replayed()) {
            return Outcome.done(new Result(complaint, true, triage(complaint.id())));
        }
        Actor actor = command.actor();
        auditor.record(actor, "COMPLAINT_FILED", "complaint:" + complaint.id(), complaint.category() + ", "
                + complaint.locators().size() + " locator(s)" + (complaint.idempotencyKey() == null ? ""
                : ", idempotency key " + complaint.idempotencyKey().value()));
        Actor system = new Actor("system:triage", actor.organisation(), Set.of(), Actor.Kind.SYSTEM);
        Outcome<TriageReport> report = triaging.triage(new TriageComplaintCommand(system, complaint.id()));
        if (!(report instanceof Outcome.Done<TriageReport> triaged)) {
            return report.map(r -> null);
        }
        List<TriageLine> lines = triaged.value().locators().stream().map(TriageLine::of).toList();
        complaints.recordTriage(complaint.id(), JSON.writeValueAsString(lines));
        Complaint stored = complaints.find(complaint.id()).orElseThrow();
        return Outcome.done(new Result(stored, false, lines));
    }

    public Outcome<Evidence> storeEvidence(StoreEvidenceCommand command) {
        return transactions.run(() -> {
            Outcome<Evidence> stored = storing.store(command);
            if (stored instanceof Outcome.Done<Evidence> done) {
                Evidence e = done.value();
                auditor.record(command.actor(), "EVIDENCE_STORED", "evidence:" + e.id(), e.contentType() + ", "
                        + e.sizeBytes() + " bytes, sha256 " + e.sha256());
            }
            return stored;
        });
    }

    /** The complaint if the actor may read it (another organisation's looks missing), with its triage. */
    public Optional<Result> find(Actor actor, ComplaintId id) {
        return viewing.find(actor, id).map(c -> new Result(c, false, triage(c.id())));
    }

    /** Evidence metadata if the actor may read it (the uploading organisation, or regulator staff). */
    public Optional<Evidence> findEvidence(Actor actor, kz.tizim.core.complaint.EvidenceId id) {
        return evidence.find(id).filter(e -> kz.tizim.core.account.TenantPolicy.mayRead(actor, e.owner()));
    }

    List<TriageLine> triage(ComplaintId id) {
        return complaints.triage(id).map(json -> JSON.readValue(json, new TypeReference<List<TriageLine>>() {
        })).orElse(List.of());
    }
}
