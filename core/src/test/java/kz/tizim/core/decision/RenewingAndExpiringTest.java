package kz.tizim.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import kz.tizim.core.WorkflowFixture;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.notice.ProbeResult;
import kz.tizim.core.notice.RecheckComplianceCommand;
import kz.tizim.core.notice.SendNoticeCommand;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenewingAndExpiringTest {

    private final WorkflowFixture f = new WorkflowFixture();
    private CaseId caseId;
    private Locator page;

    @BeforeEach
    void restricted() {
        caseId = f.copyrightCaseInReview("https://films.example/watch/1");
        page = f.caseOf(caseId).locators().get(0);
        f.draft(caseId, page, "");
        f.approve(caseId, f.officer);
        f.sendingNotice.send(new SendNoticeCommand(f.reviewer, caseId)).value();
        f.clock.advance(Duration.ofHours(72));
        f.probe.answer(page, new ProbeResult.Present(200, page.value(), "cd".repeat(32)));
        f.rechecking.recheck(new RecheckComplianceCommand(f.system, caseId)).value();
    }

    @Test
    void expiresAtTheEndOfTermAndLeavesTheRegister() {
        Instant end = f.caseOf(caseId).restriction().end();
        f.clock.set(end.minusSeconds(1));
        assertThat(f.expiring.expireDue(f.system).value()).isEmpty();

        f.clock.set(end);
        assertThat(f.expiring.expireDue(f.system).value()).hasSize(1);

        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.EXPIRED);
        assertThat(f.register.restricting(page)).isEmpty();
        assertThat(f.events.namesOf(caseId)).endsWith("RestrictionExpired");
    }

    @Test
    void renewalNeedsFreshReasonsAndMovesTheEnd() {
        Instant end = f.caseOf(caseId).restriction().end();
        String original = f.decisions.findByCase(caseId).orElseThrow().draft().reasoning();

        var repeated = f.renewing.renew(new RenewRestrictionCommand(f.appealOfficer, caseId, Period.ofMonths(3),
                "  " + original.toUpperCase() + " "));
        var fresh = f.renewing.renew(new RenewRestrictionCommand(f.appealOfficer, caseId, Period.ofMonths(3),
                "The film is still offered on 12 mirrors; the owner announced new uploads."));

        assertThat(repeated.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("FreshReasons");
        assertThat(fresh.isDone()).isTrue();
        assertThat(f.caseOf(caseId).restriction().end()).isEqualTo(f.time.after(end, Period.ofMonths(3)));
        assertThat(f.decisions.findByCase(caseId).orElseThrow().renewals()).hasSize(1);

        f.clock.set(end);
        assertThat(f.expiring.expireDue(f.system).value()).isEmpty();
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);
    }

    @Test
    void renewalIsRefusedBeyondTheMaximumTermOrAfterTheEnd() {
        var tooLong = f.renewing.renew(new RenewRestrictionCommand(f.appealOfficer, caseId, Period.ofMonths(13),
                "new mirrors found"));
        f.clock.set(f.caseOf(caseId).restriction().end());
        var late = f.renewing.renew(new RenewRestrictionCommand(f.appealOfficer, caseId, Period.ofMonths(1),
                "new mirrors found"));

        assertThat(tooLong.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("RestrictionTerms");
        assertThat(late.isDone()).isFalse();
    }

    @Test
    void onlyTheSystemOrAnAdministratorRunsExpiry() {
        assertThat(f.expiring.expireDue(f.reviewer).refusalIfAny()).get().extracting(Refusal::rule)
                .isEqualTo(Refusal.NOT_AUTHORISED);
    }
}
