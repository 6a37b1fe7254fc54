package kz.tizim.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.tizim.core.WorkflowFixture;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.match.locator.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An owner who removes the content after the restriction gets access restored at once. */
class RestoringAccessTest {

    private final WorkflowFixture f = new WorkflowFixture();
    private CaseId caseId;
    private Locator page;

    @BeforeEach
    void restrictedFilmPage() {
        caseId = f.copyrightCaseInReview("https://films.example/watch/9");
        page = f.caseOf(caseId).locators().get(0);
        f.draft(caseId, page, "");
        f.approve(caseId, f.officer);
        f.sendingNotice.send(new SendNoticeCommand(f.reviewer, caseId)).value();
        f.clock.advance(Duration.ofHours(72));
        f.probe.answer(page, new ProbeResult.Present(200, page.value(), "ab".repeat(32)));
        f.rechecking.recheckDue(f.system);
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);
    }

    @Test
    void removedContentLiftsTheRestrictionBeforeItsTermEnds() {
        f.clock.advance(Duration.ofDays(3));
        f.probe.answer(page, new ProbeResult.Gone(410, page.value()));

        var outcome = f.restoring.restore(new RestoreAccessCommand(f.reviewer, caseId));

        assertThat(outcome.isDone()).isTrue();
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.LIFTED);
        assertThat(f.register.restricting(page)).isEmpty();
        assertThat(f.events.namesOf(caseId)).endsWith("RestrictionOrdered", "RestrictionLifted");
    }

    @Test
    void contentStillServedKeepsTheRestriction() {
        var outcome = f.restoring.restore(new RestoreAccessCommand(f.reviewer, caseId));

        assertThat(outcome.refusalIfAny()).get().extracting(r -> r.rule()).isEqualTo(RestoringAccess.STILL_PRESENT);
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);
        assertThat(f.register.restricting(page)).isPresent();
    }

    @Test
    void aFailedFetchChangesNothing() {
        f.probe.answer(page, new ProbeResult.Failed("timed out"));

        var outcome = f.restoring.restore(new RestoreAccessCommand(f.officer, caseId));

        assertThat(outcome.refusalIfAny()).get().extracting(r -> r.rule()).isEqualTo(RecheckingCompliance.PROBE_FAILED);
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);
    }

    @Test
    void theForeignDeskRestoresAccessOnlyAfterARequestAbroadWhichTheReasonCites() {
        var desk = new kz.tizim.core.account.Actor("foreign", f.reviewer.organisation(),
                java.util.Set.of(kz.tizim.core.account.Role.FOREIGN_DESK), kz.tizim.core.account.Actor.Kind.PERSON);
        f.probe.answer(page, new ProbeResult.Gone(404, page.value()));

        assertThat(f.restoring.restore(new RestoreAccessCommand(desk, caseId)).isDone()).isFalse();
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);

        var outcome = f.restoring.restore(RestoreAccessCommand.afterRequestAbroad(desk, caseId,
                "request XB-3 to Germany, answered ACTED"));

        assertThat(outcome.isDone()).isTrue();
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.LIFTED);
        assertThat(outcome.value().events()).singleElement().satisfies(e -> assertThat(e.toString())
                .contains("removed by the host state after request XB-3 to Germany, answered ACTED"));
    }

    @Test
    void aComplainantCannotRestoreAccess() {
        f.probe.answer(page, new ProbeResult.Gone(404, page.value()));

        var outcome = f.restoring.restore(new RestoreAccessCommand(f.rightsHolder, caseId));

        assertThat(outcome.isDone()).isFalse();
        assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.RESTRICTION_ORDERED);
    }
}
