package kz.tizim.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import kz.tizim.core.appeal.Appeal;
import kz.tizim.core.appeal.DecideAppealCommand;
import kz.tizim.core.appeal.FileOwnerAppealCommand;
import kz.tizim.core.caseflow.AppealOutcome;
import kz.tizim.core.caseflow.AssignCaseCommand;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvent;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.NoticeTiming;
import kz.tizim.core.caseflow.Restriction;
import kz.tizim.core.caseflow.TriageOutcome;
import kz.tizim.core.caseflow.TriageReport;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.Contact;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.StatementOfReasons;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.notice.Notice;
import kz.tizim.core.notice.NoticeMessage;
import kz.tizim.core.notice.ProbeResult;
import kz.tizim.core.notice.RecheckComplianceCommand;
import kz.tizim.core.notice.SendNoticeCommand;
import kz.tizim.core.notice.RecipientSource;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

/**
 * The ordinary track end to end: a studio complains about a pirated film, triage opens a case, the
 * reviewer drafts, another legal officer approves, the owner is notified, ignores the notice, access
 * is restricted, the owner appeals and an independent officer lifts the restriction.
 */
class ReviewerRestrictingPirateFilmThroughAppealTest {

    private final WorkflowFixture f = new WorkflowFixture();

    @Test
    void complaintToLiftedRestrictionWithEveryEventInOrder() {
        Complaint complaint = f.fileCopyright("HTTPS://Films.EXAMPLE/watch/1#player");
        TriageReport triage = f.triage(complaint);
        CaseId caseId = ((TriageOutcome.NewCase) triage.locators().get(0).outcome()).caseId();
        Locator page = Locator.of(LocatorKind.URL, "https://films.example/watch/1");
        assertThat(f.caseOf(caseId).locators()).containsExactly(page);

        f.assigning.assign(new AssignCaseCommand(f.reviewer, caseId, f.reviewer.name())).value();
        f.draft(caseId, page, "");
        f.clock.advance(Duration.ofHours(2));
        Decision decision = f.approve(caseId, f.officer);

        assertThat(decision.number()).isEqualTo(new DecisionNumber("TZ-2025-000001"));
        StatementOfReasons statement = decision.statement();
        assertThat(statement.legalGround()).isEqualTo(WorkflowFixture.COPYRIGHT_BASIS);
        assertThat(statement.catalogue()).isEqualTo(f.catalogue.version());
        assertThat(statement.scope()).isEqualTo(page);
        assertThat(statement.notifiedBy()).containsExactly(ComplainantKind.RIGHTS_HOLDER);
        assertThat(statement.automatedDecision()).isFalse();
        assertThat(statement.territorialScope()).contains("Kazakhstan");
        assertThat(statement.redress()).contains("case number " + caseId);

        Notice notice = f.sendingNotice.send(new SendNoticeCommand(f.reviewer, caseId)).value();
        assertThat(notice.recipient().source()).isEqualTo(RecipientSource.COMPLAINT_CONTACT);
        assertThat(notice.complianceDue()).isEqualTo(f.clock.instant().plus(Duration.ofHours(72)));
        NoticeMessage message = f.outbox.last();
        assertThat(message.appealCode()).hasSize(19);
        assertThat(notice.appealCodeSha256()).doesNotContain(message.appealCode());
        assertThat(message.toString()).doesNotContain(message.appealCode());

        f.clock.advance(Duration.ofHours(71));
        assertThat(f.rechecking.recheck(new RecheckComplianceCommand(f.system, caseId)).refusalIfAny())
                .get().extracting(r -> r.rule()).isEqualTo("ComplianceWindow");
        f.clock.advance(Duration.ofHours(1));
        f.probe.answer(page, new ProbeResult.Present(200, page.value(), "cd".repeat(32)));
        Instant restrictedAt = f.clock.instant();
        f.rechecking.recheck(new RecheckComplianceCommand(f.system, caseId)).value();

        Restriction restriction = f.caseOf(caseId).restriction();
        assertThat(restriction).isEqualTo(new Restriction(page, decision.number(), OffenceCategory.COPYRIGHT,
                WorkflowFixture.COPYRIGHT_BASIS, Urgency.ORDINARY, restrictedAt,
                f.time.after(restrictedAt, java.time.Period.ofMonths(6)), true));
        assertThat(f.register.restricting(page)).contains(decision.number());

        f.clock.advance(Duration.ofDays(2));
        Appeal appeal = f.filingAppeal.byOwner(new FileOwnerAppealCommand(caseId, message.appealCode().toLowerCase(),
                "We bought a licence from the studio last week.", new Contact("Owner", "owner@pirate.example")))
                .value();
        assertThat(f.decidingAppeal.decide(new DecideAppealCommand(f.officer, appeal.id(), AppealOutcome.LIFTED,
                "approved it")).refusalIfAny()).get().extracting(r -> r.rule()).isEqualTo("IndependentReviewPolicy");
        f.decidingAppeal.decide(new DecideAppealCommand(f.appealOfficer, appeal.id(), AppealOutcome.LIFTED,
                "The licence dated 1 March 2025 covers streaming in Kazakhstan.")).value();

        Case lifted = f.caseOf(caseId);
        assertThat(lifted.status()).isEqualTo(CaseStatus.LIFTED);
        assertThat(f.register.restricting(page)).isEmpty();
        assertThat(f.events.namesOf(caseId)).containsExactly("CaseOpened", "CaseAssigned", "DecisionDrafted",
                "DecisionApproved", "NoticeSent", "RestrictionOrdered", "AppealFiled", "AppealDecided",
                "RestrictionLifted");
        CaseEvent.NoticeSent sent = (CaseEvent.NoticeSent) f.events.of(caseId).get(4);
        assertThat(sent.timing()).isEqualTo(NoticeTiming.BEFORE_RESTRICTION);
        assertThat(sent.recipientEmail()).isEqualTo("owner@pirate.example");
    }

    @Test
    void contentGoneAtRecheckClosesTheCaseAsComplied() {
        CaseId caseId = f.copyrightCaseInReview("https://films.example/watch/2");
        Locator page = f.caseOf(caseId).locators().get(0);
        f.draft(caseId, page, "");
        f.approve(caseId, f.officer);
        f.sendingNotice.send(new SendNoticeCommand(f.reviewer, caseId)).value();
        f.clock.advance(Duration.ofHours(72));
        f.probe.answer(page, new ProbeResult.Gone(404, page.value()));

        f.rechecking.recheckDue(f.system);

        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.COMPLIED);
        assertThat(f.register.inForce()).isEmpty();
        assertThat(f.events.namesOf(caseId)).endsWith("NoticeSent", "OwnerComplied");
    }

    @Test
    void failedFetchDecidesNothing() {
        CaseId caseId = f.copyrightCaseInReview("https://films.example/watch/3");
        f.draft(caseId, f.caseOf(caseId).locators().get(0), "");
        f.approve(caseId, f.officer);
        f.sendingNotice.send(new SendNoticeCommand(f.reviewer, caseId)).value();
        f.clock.advance(Duration.ofHours(73));

        var outcome = f.rechecking.recheck(new RecheckComplianceCommand(f.system, caseId));

        assertThat(outcome.refusalIfAny()).get().extracting(r -> r.rule()).isEqualTo("ProbeFailed");
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.NOTICE_SENT);
    }

    @Test
    void wrongAppealCodeAndWrongCaseNumberGetTheSameAnswer() {
        CaseId caseId = f.copyrightCaseInReview("https://films.example/watch/4");
        Locator page = f.caseOf(caseId).locators().get(0);
        f.draft(caseId, page, "");
        f.approve(caseId, f.officer);
        f.sendingNotice.send(new SendNoticeCommand(f.reviewer, caseId)).value();
        f.clock.advance(Duration.ofHours(72));
        f.probe.answer(page, new ProbeResult.Present(200, page.value(), "cd".repeat(32)));
        f.rechecking.recheck(new RecheckComplianceCommand(f.system, caseId)).value();
        var owner = new Contact("Owner", "owner@pirate.example");

        var wrongCode = f.filingAppeal.byOwner(new FileOwnerAppealCommand(caseId, "AAAA-BBBB-CCCC-DDDD", "x", owner));
        var wrongCase = f.filingAppeal.byOwner(new FileOwnerAppealCommand(new CaseId(999), f.outbox.last().appealCode(),
                "x", owner));

        assertThat(wrongCode.refusalIfAny()).isEqualTo(wrongCase.refusalIfAny());
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);
    }
}
