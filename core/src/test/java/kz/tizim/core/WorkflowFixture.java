package kz.tizim.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.appeal.DecidingAppeal;
import kz.tizim.core.appeal.FilingAppeal;
import kz.tizim.core.appeal.InMemoryAppeals;
import kz.tizim.core.caseflow.AssignCaseCommand;
import kz.tizim.core.caseflow.AssigningCase;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.InMemoryCases;
import kz.tizim.core.caseflow.InMemoryRegisterLookup;
import kz.tizim.core.caseflow.InMemorySiteDossiers;
import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.caseflow.MutableClock;
import kz.tizim.core.caseflow.RecordedCaseEvents;
import kz.tizim.core.caseflow.RejectingCase;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.TriageComplaintCommand;
import kz.tizim.core.caseflow.TriageOutcome;
import kz.tizim.core.caseflow.TriageReport;
import kz.tizim.core.caseflow.TriagingComplaint;
import kz.tizim.core.caseflow.WithdrawingCase;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.Contact;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.complaint.EvidencePolicy;
import kz.tizim.core.complaint.FileComplaintCommand;
import kz.tizim.core.complaint.FilingComplaint;
import kz.tizim.core.complaint.InMemoryComplaints;
import kz.tizim.core.complaint.InMemoryEvidenceStore;
import kz.tizim.core.complaint.RightClaim;
import kz.tizim.core.complaint.StoreEvidenceCommand;
import kz.tizim.core.complaint.StoringEvidence;
import kz.tizim.core.decision.ApproveDecisionCommand;
import kz.tizim.core.decision.ApprovingDecision;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.DraftDecisionCommand;
import kz.tizim.core.decision.DecisionDraft;
import kz.tizim.core.decision.DraftingDecision;
import kz.tizim.core.decision.ExpiringRestrictions;
import kz.tizim.core.decision.InMemoryDecisionDrafts;
import kz.tizim.core.decision.InMemoryDecisions;
import kz.tizim.core.decision.RenewingRestriction;
import kz.tizim.core.decision.RestrictionTerms;
import kz.tizim.core.decision.SequentialDecisionNumbers;
import kz.tizim.core.legal.BasisKind;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.legal.Deadline;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.LocalizedSummary;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.Measure;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Review;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.legal.WorkingCalendar;
import kz.tizim.core.notice.InMemoryNotices;
import kz.tizim.core.notice.RecheckingCompliance;
import kz.tizim.core.notice.RecordedOutbox;
import kz.tizim.core.notice.ScriptedContentProbe;
import kz.tizim.core.notice.SendingNotice;
import kz.tizim.core.proportionality.InMemoryHostingFacts;
import kz.tizim.core.proportionality.ProportionalityPolicies;
import kz.tizim.core.proportionality.ProtectedInfrastructure;
import kz.tizim.match.locator.Locator;

/**
 * The whole case workflow wired on in-memory ports with a clock the test moves: Monday 3 March 2025,
 * 09:00 in Almaty. Actors: a rights holder, a reviewer, three legal officers (one also admin), the
 * system. Names are {@code .example}/{@code .test} and addresses from the documentation ranges.
 */
public final class WorkflowFixture {

    public static final Instant START = Instant.parse("2025-03-03T04:00:00Z");
    public static final LegalBasisId COPYRIGHT_BASIS = new LegalBasisId("KZ-CC-198");
    public static final LegalBasisId TERRORISM_BASIS = new LegalBasisId("KZ-CC-256");
    public static final LegalBasisId CSAM_BASIS = new LegalBasisId("KZ-CC-312");

    public static final OrganisationId REGULATOR = new OrganisationId(1);
    public static final OrganisationId STUDIO = new OrganisationId(2);
    public static final OrganisationId AGENCY = new OrganisationId(3);

    public final Actor rightsHolder = new Actor("legal@studio.example", STUDIO, Set.of(Role.COMPLAINANT), Actor.Kind.PERSON);
    public final Actor agency = new Actor("desk@agency.example", AGENCY, Set.of(Role.COMPLAINANT), Actor.Kind.MACHINE);
    public final Actor reviewer = new Actor("aigerim", REGULATOR, Set.of(Role.REVIEWER), Actor.Kind.PERSON);
    public final Actor otherReviewer = new Actor("yerlan", REGULATOR, Set.of(Role.REVIEWER), Actor.Kind.PERSON);
    public final Actor officer = new Actor("daniyar", REGULATOR, Set.of(Role.LEGAL_OFFICER), Actor.Kind.PERSON);
    public final Actor appealOfficer = new Actor("saule", REGULATOR, Set.of(Role.LEGAL_OFFICER), Actor.Kind.PERSON);
    public final Actor seniorOfficer = new Actor("nurlan", REGULATOR, EnumSet.of(Role.LEGAL_OFFICER, Role.ADMIN),
            Actor.Kind.PERSON);
    public final Actor system = new Actor("system", REGULATOR, Set.of(), Actor.Kind.SYSTEM);

    public final MutableClock clock = new MutableClock(START, Timekeeping.ALMATY);
    public final Timekeeping time = new Timekeeping(clock, Timekeeping.ALMATY, WorkingCalendar.weekdays());
    public final LegalCatalogue catalogue = catalogue();
    public final LegalCatalogues catalogues = () -> catalogue;

    public final InMemoryComplaints complaints = new InMemoryComplaints();
    public final InMemoryEvidenceStore evidenceStore = new InMemoryEvidenceStore();
    public final InMemoryCases cases = new InMemoryCases();
    public final RecordedCaseEvents events = new RecordedCaseEvents();
    public final InMemoryRegisterLookup register = new InMemoryRegisterLookup();
    public final InMemorySiteDossiers dossiers = new InMemorySiteDossiers();
    public final InMemoryHostingFacts hosting = new InMemoryHostingFacts();
    public final ProportionalityPolicies policies = ProportionalityPolicies.standard(hosting,
            ProtectedInfrastructure.of(List.of("192.0.2.53/32"), List.of("gov.test")));
    public final InMemoryDecisionDrafts drafts = new InMemoryDecisionDrafts();
    public final InMemoryDecisions decisions = new InMemoryDecisions();
    public final SequentialDecisionNumbers numbers = new SequentialDecisionNumbers();
    public final RestrictionTerms terms = RestrictionTerms.standardTerms();
    public final InMemoryNotices notices = new InMemoryNotices();
    public final RecordedOutbox outbox = new RecordedOutbox();
    public final ScriptedContentProbe probe = new ScriptedContentProbe();
    public final InMemoryAppeals appeals = new InMemoryAppeals();

    public final StoringEvidence storingEvidence = new StoringEvidence(evidenceStore, EvidencePolicy.standard(), clock);
    public final FilingComplaint filing = new FilingComplaint(complaints, evidenceStore, clock);
    public final TriagingComplaint triaging = new TriagingComplaint(complaints, cases, events, register, dossiers,
            catalogues, time);
    public final AssigningCase assigning = new AssigningCase(cases, events, time);
    public final RejectingCase rejecting = new RejectingCase(cases, events, time);
    public final WithdrawingCase withdrawing = new WithdrawingCase(complaints, cases, events, time);
    public final DraftingDecision drafting = new DraftingDecision(cases, events, drafts, catalogues, policies, terms,
            time);
    public final ApprovingDecision approving = new ApprovingDecision(cases, events, drafts, decisions, numbers,
            complaints, catalogues, policies, time);
    public final SendingNotice sendingNotice = new SendingNotice(cases, events, decisions, complaints, dossiers,
            notices, outbox, time);
    public final RecheckingCompliance rechecking = new RecheckingCompliance(cases, events, decisions, probe, time);
    public final kz.tizim.core.notice.RestoringAccess restoring = new kz.tizim.core.notice.RestoringAccess(cases, events,
            probe, time);
    public final FilingAppeal filingAppeal = new FilingAppeal(cases, events, notices, complaints, appeals, time);
    public final DecidingAppeal decidingAppeal = new DecidingAppeal(cases, events, decisions, appeals, time);
    public final RenewingRestriction renewing = new RenewingRestriction(cases, events, decisions, terms, time);
    public final ExpiringRestrictions expiring = new ExpiringRestrictions(cases, events, time);

    public WorkflowFixture() {
        events.subscribe(register::apply);
    }

    /**
     * A catalogue with every category: copyright on the ordinary track (3 working days to decide,
     * 72 hours to comply, notice first); terrorism and CSAM on the urgent track (1 hour, no notice
     * before restriction).
     */
    public static LegalCatalogue catalogue() {
        var procedures = new ArrayList<CategoryProcedure>();
        for (OffenceCategory category : OffenceCategory.values()) {
            boolean urgent = category == OffenceCategory.TERRORISM_PROPAGANDA || category == OffenceCategory.CSAM;
            procedures.add(new CategoryProcedure(category, urgent ? Urgency.IMMEDIATE : Urgency.ORDINARY,
                    urgent ? new Deadline.Elapsed(Duration.ofHours(1)) : new Deadline.WorkingDays(3),
                    urgent ? new Deadline.Elapsed(Duration.ofHours(1)) : new Deadline.Elapsed(Duration.ofHours(72)),
                    !urgent,
                    category == OffenceCategory.CSAM ? LocatorPublication.HASHES_ONLY : LocatorPublication.PUBLISHED));
        }
        var bases = List.of(
                basis(COPYRIGHT_BASIS, BasisKind.CRIMINAL_OFFENCE, OffenceCategory.COPYRIGHT, "Criminal Code art. 198"),
                basis(TERRORISM_BASIS, BasisKind.CRIMINAL_OFFENCE, OffenceCategory.TERRORISM_PROPAGANDA,
                        "Criminal Code art. 256"),
                basis(CSAM_BASIS, BasisKind.CRIMINAL_OFFENCE, OffenceCategory.CSAM, "Criminal Code art. 312"));
        return LegalCatalogue.of(new CatalogueVersion(1, "ab".repeat(32)), procedures, List.of(), bases, List.of());
    }

    private static LegalBasis basis(LegalBasisId id, BasisKind kind, OffenceCategory category, String citation) {
        return new LegalBasis(id, kind, citation, category, "", new LocalizedSummary("kk", "ru", "en"),
                Set.of(Measure.ACCESS_RESTRICTION, Measure.REMOVAL_NOTICE), Review.toVerify("test fixture"));
    }

    public static Locator locator(kz.tizim.match.locator.LocatorKind kind, String value) {
        return Locator.of(kind, value);
    }

    /** A PDF uploaded by {@code actor}'s organisation. */
    public Evidence pdf(Actor actor) {
        byte[] content = "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        return storingEvidence.store(new StoreEvidenceCommand(actor, "screenshot.pdf", "application/pdf", content))
                .value();
    }

    /** A copyright complaint by the studio, with the owner's contact. */
    public Complaint fileCopyright(String... locators) {
        Evidence proof = pdf(rightsHolder);
        return filing.file(new FileComplaintCommand(rightsHolder, ComplainantKind.RIGHTS_HOLDER,
                OffenceCategory.COPYRIGHT, COPYRIGHT_BASIS, "The film is streamed without licence.", List.of(locators),
                List.of(proof.id()), new RightClaim("Kóshpendiler", RightClaim.Basis.OWNER, proof.id()),
                new Contact("Site owner", "owner@pirate.example"), null)).value().complaint();
    }

    /** A complaint by the agency under {@code category} (no owner contact known). */
    public Complaint fileAgency(OffenceCategory category, String... locators) {
        return filing.file(new FileComplaintCommand(agency, ComplainantKind.AGENCY, category, null,
                "Material found by the monitoring desk.", List.of(locators), List.of(), null, null, null))
                .value().complaint();
    }

    public TriageReport triage(Complaint complaint) {
        return triaging.triage(new TriageComplaintCommand(system, complaint.id())).value();
    }

    /** Files and triages a copyright complaint about one locator; returns its new case, assigned to the reviewer. */
    public CaseId copyrightCaseInReview(String locator) {
        TriageReport report = triage(fileCopyright(locator));
        CaseId id = ((TriageOutcome.NewCase) report.locators().get(0).outcome()).caseId();
        assigning.assign(new AssignCaseCommand(reviewer, id, reviewer.name())).value();
        return id;
    }

    public DecisionDraft draft(CaseId caseId, Locator scope, String justification) {
        return drafting.draft(draftCommand(reviewer, caseId, scope, justification, COPYRIGHT_BASIS)).value();
    }

    public DraftDecisionCommand draftCommand(Actor by, CaseId caseId, Locator scope, String justification,
            LegalBasisId basis) {
        return new DraftDecisionCommand(by, caseId, basis, Measure.ACCESS_RESTRICTION, scope,
                "The page streams the full film; screenshots in evidence 1.",
                "Making the work available without the holder's licence is unlawful use under art. 198.",
                justification, null, false);
    }

    public Decision approve(CaseId caseId, Actor by) {
        return approving.approve(new ApproveDecisionCommand(by, caseId)).value();
    }

    public Case caseOf(CaseId id) {
        return cases.find(id).orElseThrow();
    }
}
