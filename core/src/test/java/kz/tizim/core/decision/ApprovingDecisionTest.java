package kz.tizim.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import kz.tizim.core.WorkflowFixture;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.AssignCaseCommand;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.caseflow.TriageOutcome;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.notice.SendNoticeCommand;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

class ApprovingDecisionTest {

    private final WorkflowFixture f = new WorkflowFixture();

    @Test
    void rejectsApprovalByTheOfficerWhoDraftedIt() {
        var both = new Actor("asel", WorkflowFixture.REGULATOR, EnumSet.of(Role.REVIEWER, Role.LEGAL_OFFICER),
                Actor.Kind.PERSON);
        CaseId caseId = f.copyrightCaseInReview("https://films.example/watch/1");
        f.assigning.assign(new AssignCaseCommand(f.officer, caseId, both.name())).value();
        Locator page = f.caseOf(caseId).locators().get(0);
        f.drafting.draft(f.draftCommand(both, caseId, page, "", WorkflowFixture.COPYRIGHT_BASIS)).value();

        var own = f.approving.approve(new ApproveDecisionCommand(both, caseId));

        assertThat(own.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("FourEyesPolicy");
        assertThat(f.caseOf(caseId).decision()).isNull();
        assertThat(f.approving.approve(new ApproveDecisionCommand(f.officer, caseId)).isDone()).isTrue();
    }

    @Test
    void rejectsApprovalByAReviewer() {
        CaseId caseId = f.copyrightCaseInReview("https://films.example/watch/1");
        f.draft(caseId, f.caseOf(caseId).locators().get(0), "");

        var outcome = f.approving.approve(new ApproveDecisionCommand(f.otherReviewer, caseId));

        assertThat(outcome.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("LegalOfficerPolicy");
    }

    @Test
    void escalatedScopeNeedsAnApproverHoldingTheRole() {
        CaseId caseId = f.copyrightCaseInReview("http://198.51.100.7/film");
        Locator network = Locator.of(LocatorKind.CIDR, "198.51.100.0/23");
        f.hosting.serves(network, "198.51.100.7", 0, false);
        DecisionDraft draft = f.draft(caseId, network, "The whole /23 is the pirate operator's own allocation.");
        assertThat(draft.proportionality().requiredRoles()).containsExactly(Role.ADMIN);

        var byOfficer = f.approving.approve(new ApproveDecisionCommand(f.officer, caseId));
        var bySenior = f.approving.approve(new ApproveDecisionCommand(f.seniorOfficer, caseId));

        assertThat(byOfficer.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("EscalationPolicy");
        assertThat(bySenior.isDone()).isTrue();
    }

    @Test
    void reRunsProportionalityOnTodaysFactsBeforeApproving() {
        CaseId caseId = f.copyrightCaseInReview("http://203.0.113.9/film");
        Locator address = Locator.of(LocatorKind.IP, "203.0.113.9");
        f.hosting.serves(address, "203.0.113.9", 0, false);
        f.draft(caseId, address, "The server hosts nothing but the pirate site.");
        f.hosting.serves(address, "203.0.113.9", 12, false);

        var outcome = f.approving.approve(new ApproveDecisionCommand(f.officer, caseId));

        assertThat(outcome.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("Proportionality");
        assertThat(f.numbers.next(2025).serial()).as("no number was taken").isEqualTo(1);
    }

    @Test
    void draftingRefusesAScopeThePoliciesRejectListingEveryObjection() {
        CaseId caseId = f.copyrightCaseInReview("https://user.github.io/film");

        var outcome = f.drafting.draft(f.draftCommand(f.reviewer, caseId, Locator.of(LocatorKind.DOMAIN, "github.io"),
                "", WorkflowFixture.COPYRIGHT_BASIS));

        assertThat(outcome.refusalIfAny()).get().satisfies(refusal -> {
            assertThat(refusal.rule()).isEqualTo("Proportionality");
            assertThat(refusal.message()).contains("NoPlatformWideScopePolicy", "NarrowestScopePolicy");
        });
        assertThat(f.drafts.find(caseId)).isEmpty();
    }

    @Test
    void draftingRefusesABasisOfAnotherCategoryAndOnlyTheAssignedReviewerDrafts() {
        CaseId caseId = f.copyrightCaseInReview("https://films.example/watch/1");
        Locator page = f.caseOf(caseId).locators().get(0);

        var wrongBasis = f.drafting.draft(f.draftCommand(f.reviewer, caseId, page, "", WorkflowFixture.TERRORISM_BASIS));
        var notAssigned = f.drafting.draft(f.draftCommand(f.otherReviewer, caseId, page, "",
                WorkflowFixture.COPYRIGHT_BASIS));

        assertThat(wrongBasis.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("LegalBasis");
        assertThat(notAssigned.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo(Refusal.NOT_AUTHORISED);
    }

    @Test
    void urgentTrackRestrictsOnApprovalAndNotifiesAfter() {
        Complaint complaint = f.fileAgency(OffenceCategory.TERRORISM_PROPAGANDA, "https://propaganda.example/video/9");
        CaseId caseId = ((TriageOutcome.NewCase) f.triage(complaint).locators().get(0).outcome()).caseId();
        assertThat(f.caseOf(caseId).decisionDue()).isEqualTo(WorkflowFixture.START.plus(Duration.ofHours(1)));
        f.assigning.assign(new AssignCaseCommand(f.reviewer, caseId, f.reviewer.name())).value();
        Locator video = f.caseOf(caseId).locators().get(0);
        f.drafting.draft(f.draftCommand(f.reviewer, caseId, video, "", WorkflowFixture.TERRORISM_BASIS)).value();
        f.clock.advance(Duration.ofMinutes(40));

        Decision decision = f.approve(caseId, f.officer);

        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);
        assertThat(f.caseOf(caseId).slaBreached(f.clock.instant().plus(Duration.ofHours(5)))).isFalse();
        assertThat(f.register.restricting(video)).contains(decision.number());
        assertThat(f.caseOf(caseId).restriction().start()).isEqualTo(f.clock.instant());

        // No owner contact in the complaint: the dossier's hosting abuse contact is used.
        f.dossiers.save(new kz.tizim.core.caseflow.SiteDossier(f.caseOf(caseId).site(),
                kz.tizim.core.caseflow.PopularityTier.UNKNOWN, null,
                new kz.tizim.core.complaint.Contact("Host", "abuse@host.example")));
        f.sendingNotice.send(new SendNoticeCommand(f.reviewer, caseId)).value();

        assertThat(f.events.namesOf(caseId)).containsExactly("CaseOpened", "CaseAssigned", "DecisionDrafted",
                "DecisionApproved", "RestrictionOrdered", "NoticeSent");
        assertThat(f.outbox.last().recipient().contact().email()).isEqualTo("abuse@host.example");
        assertThat(f.outbox.last().complianceDue()).isNull();
    }

    @Test
    void csamRestrictionIsNotPublishable() {
        Complaint complaint = f.fileAgency(OffenceCategory.CSAM, "https://bad.example/img/1");
        CaseId caseId = ((TriageOutcome.NewCase) f.triage(complaint).locators().get(0).outcome()).caseId();
        f.assigning.assign(new AssignCaseCommand(f.reviewer, caseId, f.reviewer.name())).value();
        f.drafting.draft(f.draftCommand(f.reviewer, caseId, f.caseOf(caseId).locators().get(0), "",
                WorkflowFixture.CSAM_BASIS)).value();

        f.approve(caseId, f.officer);

        assertThat(f.caseOf(caseId).restriction().publishable()).isFalse();
    }

    @Test
    void slaIsBreachedWhenUndecidedPastTheProcedureDeadline() {
        CaseId caseId = f.copyrightCaseInReview("https://films.example/watch/1");
        // Filed Monday 09:00 Almaty; 3 working days end at midnight after Thursday.
        var due = f.caseOf(caseId).decisionDue();
        assertThat(due).isEqualTo(java.time.Instant.parse("2025-03-06T19:00:00Z"));
        assertThat(f.caseOf(caseId).slaBreached(due.minusSeconds(1))).isFalse();
        assertThat(f.caseOf(caseId).slaBreached(due)).isTrue();
    }

    @Test
    void decisionNumbersCountWithinTheYear() {
        List<CaseId> ids = List.of(f.copyrightCaseInReview("https://a.example/1"),
                f.copyrightCaseInReview("https://b.example/1"));
        for (CaseId id : ids) {
            f.draft(id, f.caseOf(id).locators().get(0), "");
        }
        assertThat(ids.stream().map(id -> f.approve(id, f.officer).number().value()))
                .containsExactly("TZ-2025-000001", "TZ-2025-000002");
    }
}
