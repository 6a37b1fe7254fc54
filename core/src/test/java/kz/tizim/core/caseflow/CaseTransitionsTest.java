package kz.tizim.core.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import kz.tizim.core.WorkflowFixture;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of the case from every status: done exactly from the statuses the workflow allows,
 * with the target status and the step's event; refused as an {@code IllegalTransition} value
 * otherwise, the case unchanged.
 */
class CaseTransitionsTest {

    private static final Instant AT = WorkflowFixture.START.plus(Duration.ofDays(200));
    private static final Locator URL = Locator.of(LocatorKind.URL, "https://films.example/watch/1");
    private static final DecisionNumber NUMBER = DecisionNumber.of(2025, 1);

    /** A step, its target status, the event type it emits, and the statuses it is allowed from (ordinary track). */
    private record Step(String name, CaseStatus target, Class<? extends CaseEvent> event, Set<CaseStatus> from,
            BiFunction<Case, Instant, Outcome<Transition>> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step("assign", CaseStatus.IN_REVIEW, CaseEvent.CaseAssigned.class,
                    EnumSet.of(CaseStatus.NEW, CaseStatus.IN_REVIEW), (c, at) -> c.assign("yerlan", "lead", at)),
            new Step("noticeSent", CaseStatus.NOTICE_SENT, CaseEvent.NoticeSent.class,
                    EnumSet.of(CaseStatus.IN_REVIEW),
                    (c, at) -> c.noticeSent("owner@films.example", at.plus(Duration.ofHours(72)), "aigerim", at)),
            new Step("complied", CaseStatus.COMPLIED, CaseEvent.OwnerComplied.class,
                    EnumSet.of(CaseStatus.NOTICE_SENT), (c, at) -> c.complied(List.of("gone"), "system", at)),
            new Step("orderRestriction", CaseStatus.RESTRICTION_ORDERED, CaseEvent.RestrictionOrdered.class,
                    EnumSet.of(CaseStatus.NOTICE_SENT), (c, at) -> c.orderRestriction(restriction(c, at), "system", at)),
            new Step("appealFiled", CaseStatus.APPEALED, CaseEvent.AppealFiled.class,
                    EnumSet.of(CaseStatus.RESTRICTION_ORDERED), (c, at) -> c.appealFiled(new AppealId(1), "owner", at)),
            new Step("appealUpheld", CaseStatus.UPHELD, CaseEvent.AppealDecided.class,
                    EnumSet.of(CaseStatus.APPEALED),
                    (c, at) -> c.appealDecided(new AppealId(1), AppealOutcome.UPHELD, "stands", "saule", at)),
            new Step("appealLifted", CaseStatus.LIFTED, CaseEvent.AppealDecided.class,
                    EnumSet.of(CaseStatus.APPEALED),
                    (c, at) -> c.appealDecided(new AppealId(1), AppealOutcome.LIFTED, "licensed", "saule", at)),
            new Step("accessRestored", CaseStatus.LIFTED, CaseEvent.RestrictionLifted.class,
                    EnumSet.of(CaseStatus.RESTRICTION_ORDERED, CaseStatus.UPHELD),
                    (c, at) -> c.accessRestored(List.of("gone"), "aigerim", at)),
            new Step("expired", CaseStatus.EXPIRED, CaseEvent.RestrictionExpired.class,
                    EnumSet.of(CaseStatus.RESTRICTION_ORDERED, CaseStatus.APPEALED, CaseStatus.UPHELD),
                    (c, at) -> c.expired("system", at)),
            new Step("rejected", CaseStatus.REJECTED, CaseEvent.CaseRejected.class, EnumSet.of(CaseStatus.NEW),
                    (c, at) -> c.rejected("no infringement", "aigerim", at)),
            new Step("withdrawn", CaseStatus.WITHDRAWN, CaseEvent.CaseWithdrawn.class,
                    EnumSet.of(CaseStatus.NEW, CaseStatus.IN_REVIEW, CaseStatus.NOTICE_SENT),
                    (c, at) -> c.withdrawn("legal@studio.example", at)));

    static Stream<Arguments> everyStepFromEveryStatus() {
        return STEPS.stream().flatMap(step -> Stream.of(CaseStatus.values()).map(status -> Arguments.of(step, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryStatus")
    void stepIsDoneExactlyFromTheAllowedStatuses(Step step, CaseStatus status) {
        Case before = inStatus(status, OffenceCategory.COPYRIGHT);

        Outcome<Transition> outcome = step.run().apply(before, AT);

        if (step.from().contains(status)) {
            assertThat(outcome.isDone()).as(outcome.toString()).isTrue();
            Transition done = outcome.value();
            assertThat(done.after().status()).isEqualTo(step.target());
            assertThat(done.after().version()).isEqualTo(before.version() + 1);
            assertThat(done.events().get(0)).isInstanceOf(step.event());
            assertThat(done.events()).allSatisfy(e -> {
                assertThat(e.caseId()).isEqualTo(before.id());
                assertThat(e.occurredAt()).isEqualTo(AT);
            });
        } else {
            assertThat(outcome.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo(Refusal.ILLEGAL_TRANSITION);
        }
    }

    @ParameterizedTest(name = "urgent track from {0}")
    @MethodSource("statuses")
    void urgentTrackOrdersRestrictionFromReviewWithoutNotice(CaseStatus status) {
        Case before = inStatus(status, OffenceCategory.TERRORISM_PROPAGANDA);

        Outcome<Transition> ordered = before.orderRestriction(restriction(before, AT), "daniyar", AT);
        Outcome<Transition> noticed = before.noticeSent("owner@x.example", AT.plusSeconds(3600), "aigerim", AT);

        assertThat(ordered.isDone()).isEqualTo(status == CaseStatus.IN_REVIEW || status == CaseStatus.NOTICE_SENT);
        // On the urgent track the owner is told after the restriction, and the status does not move.
        assertThat(noticed.isDone()).isEqualTo(before.status().isRestricting());
        if (noticed.isDone()) {
            assertThat(noticed.value().after().status()).isEqualTo(status);
            assertThat(((CaseEvent.NoticeSent) noticed.value().events().get(0)).timing())
                    .isEqualTo(NoticeTiming.AFTER_RESTRICTION);
        }
    }

    static Stream<CaseStatus> statuses() {
        return Stream.of(CaseStatus.values());
    }

    @org.junit.jupiter.api.Test
    void ordinaryTrackRefusesRestrictionWithoutNotice() {
        Case inReview = inStatus(CaseStatus.IN_REVIEW, OffenceCategory.COPYRIGHT);

        Outcome<Transition> ordered = inReview.orderRestriction(restriction(inReview, AT), "daniyar", AT);

        assertThat(ordered.refusalIfAny()).get().extracting(Refusal::message).asString()
                .contains("requires a notice to the owner");
    }

    @org.junit.jupiter.api.Test
    void liftingEmitsAppealDecidedThenRestrictionLifted() {
        Case appealed = inStatus(CaseStatus.APPEALED, OffenceCategory.COPYRIGHT);

        List<CaseEvent> events = appealed.appealDecided(new AppealId(1), AppealOutcome.LIFTED, "licensed", "saule", AT)
                .value().events();

        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AppealDecided", "RestrictionLifted");
        assertThat(((CaseEvent.RestrictionLifted) events.get(1)).scope()).isEqualTo(URL);
    }

    @org.junit.jupiter.api.Test
    void rejectionIsRefusedOnceADecisionIsApproved() {
        Case decided = inStatus(CaseStatus.IN_REVIEW, OffenceCategory.COPYRIGHT);
        Case undecided = new Case(decided.id(), decided.version(), CaseStatus.IN_REVIEW, decided.procedure(),
                decided.site(), decided.locators(), decided.complaints(), decided.openedAt(), decided.decisionDue(),
                "aigerim", null, null, null, null);

        assertThat(decided.rejected("no", "aigerim", AT).isDone()).isFalse();
        assertThat(undecided.rejected("no", "aigerim", AT).value().after().status()).isEqualTo(CaseStatus.REJECTED);
    }

    @org.junit.jupiter.api.Test
    void expiryBeforeTheEndOfTermIsRefused() {
        Case restricted = inStatus(CaseStatus.RESTRICTION_ORDERED, OffenceCategory.COPYRIGHT);

        assertThat(restricted.expired("system", AT.minusSeconds(1)).isDone()).isFalse();
        assertThat(restricted.expired("system", AT).isDone()).isTrue();
    }

    /** A consistent case in {@code status}: decided from review on, restricted (ending at AT) from restriction on. */
    static Case inStatus(CaseStatus status, OffenceCategory category) {
        CategoryProcedure procedure = WorkflowFixture.catalogue().procedure(category);
        boolean decided = status != CaseStatus.NEW && status != CaseStatus.REJECTED && status != CaseStatus.WITHDRAWN;
        boolean restricted = status.isRestricting() || status == CaseStatus.LIFTED || status == CaseStatus.EXPIRED;
        Instant opened = WorkflowFixture.START;
        Restriction restriction = restricted ? new Restriction(URL, NUMBER, category, WorkflowFixture.COPYRIGHT_BASIS,
                procedure.urgency(), opened, AT, true) : null;
        return new Case(new CaseId(7), 4, status, procedure, new SiteKey("films.example"), List.of(URL),
                List.of(new ComplaintId(1)), opened, opened.plus(Duration.ofDays(3)),
                status == CaseStatus.NEW ? null : "aigerim", decided ? NUMBER : null, decided ? opened : null,
                status == CaseStatus.NOTICE_SENT ? opened.plus(Duration.ofHours(72)) : null, restriction);
    }

    private static Restriction restriction(Case c, Instant at) {
        return new Restriction(URL, NUMBER, c.procedure().category(), WorkflowFixture.COPYRIGHT_BASIS,
                c.procedure().urgency(), at, at.plus(Duration.ofDays(180)), true);
    }
}
