package kz.tizim.core.crossborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;
import org.junit.jupiter.api.Test;

class HandlingRequestsTest {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final Actor DESK = actor("foreign", Role.FOREIGN_DESK);
    static final Actor LEGAL = actor("legal", Role.LEGAL_OFFICER);
    static final Actor ISP = actor("isp", Role.ISP);
    static final ReminderSchedule SCHEDULE = new ReminderSchedule(List.of(Duration.ofDays(14), Duration.ofDays(30)),
            Duration.ofDays(45), List.of(Duration.ofMinutes(30), Duration.ofMinutes(60)), Duration.ofHours(2),
            Duration.ofDays(30));

    @Test
    void refusesToSendNotSatisfiedSitesUntilALegalOfficerOverridesWithAReason() {
        var handling = new HandlingRequests(Clock.fixed(T0, ZoneOffset.UTC), SCHEDULE);
        var request = request(site(1, OffenceCategory.EXTREMISM_INCITEMENT, DualCriminalityVerdict.Outcome.NOT_SATISFIED));
        var approved = handling.approve(LEGAL, request).value();

        assertThat(rule(handling.send(DESK, approved))).isEqualTo("DualCriminalityPolicy");
        assertThat(rule(handling.overrideDualCriminality(DESK, approved, "treaty obliges"))).isEqualTo("LegalOfficerPolicy");
        assertThat(rule(handling.overrideDualCriminality(LEGAL, approved, " "))).isEqualTo(Refusal.INVALID_REQUEST);

        var overridden = handling.overrideDualCriminality(LEGAL, approved, "the host state's §130 StGB covers the thread").value();
        var sent = handling.send(DESK, overridden).value();
        assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
        assertThat(sent.override().by()).isEqualTo("legal");
    }

    @Test
    void drafterCannotApproveTheirOwnRequestAndOutsidersCannotSend() {
        var handling = new HandlingRequests(Clock.fixed(T0, ZoneOffset.UTC), SCHEDULE);
        var request = request(site(1, OffenceCategory.COPYRIGHT, DualCriminalityVerdict.Outcome.SATISFIED));
        assertThat(rule(handling.approve(DESK, request))).isEqualTo("LegalOfficerPolicy");
        var ownDraft = CrossBorderRequest.draft(request.id(), request.country(), "Germany", "MCI", "", Channel.MLA_REQUEST,
                Set.of(RequestedMeasure.REMOVAL_BY_PROVIDER), LetterLanguage.EN, request.catalogue(), request.sites(),
                "legal", T0);
        assertThat(rule(handling.approve(LEGAL, ownDraft))).isEqualTo("FourEyesPolicy");
        assertThat(rule(handling.send(DESK, request))).isEqualTo("ApprovalPolicy");
        assertThat(rule(handling.send(ISP, handling.approve(LEGAL, request).value()))).isEqualTo(Refusal.NOT_AUTHORISED);
    }

    @Test
    void terroristContentIsDueWithinOneHourAndRemindedOnTheUrgentInterval() {
        var clock = new MutableClock(T0);
        var handling = new HandlingRequests(clock, SCHEDULE);
        var request = request(site(1, OffenceCategory.TERRORISM_PROPAGANDA, DualCriminalityVerdict.Outcome.SATISFIED),
                site(2, OffenceCategory.COPYRIGHT, DualCriminalityVerdict.Outcome.SATISFIED));
        var sent = handling.send(DESK, handling.approve(LEGAL, request).value()).value();
        assertThat(sent.answerDue()).isEqualTo(T0.plus(Duration.ofHours(1)));

        assertThat(rule(handling.remind(DESK, sent))).isEqualTo("ReminderSchedule");
        clock.now = T0.plus(Duration.ofMinutes(30));
        var once = handling.remind(DESK, sent).value();
        assertThat(rule(handling.noResponse(DESK, once))).isEqualTo("AnswerPeriodPolicy");
        clock.now = T0.plus(Duration.ofMinutes(60));
        var twice = handling.remind(DESK, once).value();
        clock.now = T0.plus(Duration.ofMinutes(120));
        assertThat(rule(handling.remind(DESK, twice))).as("at most two reminders").isEqualTo("ReminderSchedule");
        assertThat(handling.noResponse(DESK, twice).value().status()).isEqualTo(RequestStatus.NO_RESPONSE);
    }

    @Test
    void remindersFallDueAtTheirIntervalsAfterSendingOnceEachThenSilenceClosesTheRequest() {
        var clock = new MutableClock(T0);
        var handling = new HandlingRequests(clock, SCHEDULE);
        var request = request(site(1, OffenceCategory.COPYRIGHT, DualCriminalityVerdict.Outcome.SATISFIED));
        var sent = handling.send(DESK, handling.approve(LEGAL, request).value()).value();
        assertThat(SCHEDULE.nextDue(sent)).isEqualTo(T0.plus(Duration.ofDays(14)));

        clock.now = T0.plus(Duration.ofDays(14)).minusSeconds(1);
        assertThat(rule(handling.remind(WorkflowSystem.ACTOR, sent))).isEqualTo("ReminderSchedule");
        clock.now = T0.plus(Duration.ofDays(20));
        var first = handling.remind(WorkflowSystem.ACTOR, sent).value();
        assertThat(first.reminders()).isEqualTo(1);
        assertThat(rule(handling.remind(WorkflowSystem.ACTOR, first))).as("not twice for the same interval")
                .isEqualTo("ReminderSchedule");
        assertThat(SCHEDULE.nextDue(first)).as("measured from sending, not from the last reminder")
                .isEqualTo(T0.plus(Duration.ofDays(30)));
        clock.now = T0.plus(Duration.ofDays(30));
        var acknowledged = handling.acknowledge(DESK, first).value();
        var second = handling.remind(WorkflowSystem.ACTOR, acknowledged).value();
        assertThat(SCHEDULE.nextDue(second)).as("no third interval").isNull();

        assertThat(rule(handling.closeUnanswered(WorkflowSystem.ACTOR, second))).isEqualTo("ReminderSchedule");
        clock.now = T0.plus(Duration.ofDays(45));
        assertThat(rule(handling.closeUnanswered(ISP, second))).isEqualTo(Refusal.NOT_AUTHORISED);
        var closed = handling.closeUnanswered(WorkflowSystem.ACTOR, second).value();
        assertThat(closed.status()).isEqualTo(RequestStatus.NO_RESPONSE);
        assertThat(SCHEDULE.noResponseAt(closed)).isNull();
        assertThat(rule(handling.remind(WorkflowSystem.ACTOR, closed))).isEqualTo("ReminderSchedule");
    }

    @Test
    void aScheduleRefusesIntervalsOutOfOrderOrASilencePeriodBeforeTheLastReminder() {
        assertThatThrownBy(() -> new ReminderSchedule(List.of(Duration.ofDays(30), Duration.ofDays(14)),
                Duration.ofDays(45), List.of(Duration.ofMinutes(30)), Duration.ofHours(1), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
        assertThatThrownBy(() -> new ReminderSchedule(List.of(Duration.ofDays(14)), Duration.ofDays(14),
                List.of(Duration.ofMinutes(30)), Duration.ofHours(1), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the last reminder");
    }

    @Test
    void anAnswerAcknowledgesARequestAndARefusalNeedsItsReason() {
        var handling = new HandlingRequests(Clock.fixed(T0, ZoneOffset.UTC), SCHEDULE);
        var request = request(site(1, OffenceCategory.COPYRIGHT, DualCriminalityVerdict.Outcome.SATISFIED));
        var sent = handling.send(DESK, handling.approve(LEGAL, request).value()).value();
        assertThat(sent.answerDue()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(rule(handling.answer(DESK, sent, RequestStatus.REFUSED, ""))).isEqualTo(Refusal.INVALID_REQUEST);
        var refused = handling.answer(DESK, sent, RequestStatus.REFUSED, "not an offence here").value();
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.acknowledgedAt()).isEqualTo(T0);
        assertThat(rule(handling.acknowledge(DESK, refused))).isEqualTo(Refusal.ILLEGAL_TRANSITION);
        var checked = handling.recordSiteOutcome(DESK, refused, new CaseId(1), SiteOutcome.STILL_PRESENT).value();
        assertThat(checked.sites().get(0).outcome()).isEqualTo(SiteOutcome.STILL_PRESENT);
    }

    @Test
    void statisticsCountAnswersPerCountryWithTheMedianTimeToAction() {
        var clock = new MutableClock(T0);
        var handling = new HandlingRequests(clock, SCHEDULE);
        CrossBorderRequest base = request(site(1, OffenceCategory.COPYRIGHT, DualCriminalityVerdict.Outcome.SATISFIED));
        var sent = handling.send(DESK, handling.approve(LEGAL, base).value()).value();
        clock.now = T0.plus(Duration.ofDays(2));
        var actedIn2 = handling.answer(DESK, sent, RequestStatus.ACTED, null).value();
        clock.now = T0.plus(Duration.ofDays(4));
        var actedIn4 = handling.answer(DESK, sent, RequestStatus.PARTIALLY_ACTED, null).value();
        var refused = handling.answer(DESK, sent, RequestStatus.REFUSED, "not an offence here").value();
        var refusedAgain = handling.answer(DESK, sent, RequestStatus.REFUSED, "not an offence here ").value();

        var rows = CountryStatistics.of(List.of(actedIn2, actedIn4, refused, refusedAgain, base));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.sent()).isEqualTo(4);
            assertThat(row.acted()).isEqualTo(1);
            assertThat(row.partiallyActed()).isEqualTo(1);
            assertThat(row.refused()).isEqualTo(2);
            assertThat(row.medianTimeToAction()).isEqualTo(Duration.ofDays(3));
            assertThat(row.refusalReasons()).containsExactlyEntriesOf(java.util.Map.of("not an offence here", 2));
        });
    }

    @Test
    void stixPatternsQuoteAndCoverDomainTrees() {
        assertThat(StixAnnex.pattern(Locator.parse("url http://propaganda.test/it's")))
                .isEqualTo("[url:value = 'http://propaganda.test/it\\'s']");
        assertThat(StixAnnex.pattern(Locator.parse("domain-tree kino_pirate.example")))
                .isEqualTo("[domain-name:value = 'kino_pirate.example' OR domain-name:value LIKE '%.kino\\\\_pirate.example']");
        assertThat(StixAnnex.pattern(Locator.parse("cidr 203.0.113.0/24")))
                .isEqualTo("[ipv4-addr:value ISSUBSET '203.0.113.0/24']");
    }

    @Test
    void csvAnnexHasOneRowPerLocatorAndQuotesCommas() {
        var request = request(site(1, OffenceCategory.COPYRIGHT, DualCriminalityVerdict.Outcome.SATISFIED));
        String csv = CsvAnnex.write(request);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("request,country,site,");
        assertThat(lines[1]).contains("XB-7,DE,site1.example,COPYRIGHT,ORDINARY,TZ-2026-000001,KZ-CC-198,"
                + "\"Criminal Code, art. 198\",SATISFIED,UrhG §106,url,http://site1.example/a,");
        String stix = StixAnnex.bundle(request, T0, UUID::randomUUID);
        assertThat(stix).contains("\"created\":\"2026-03-02T08:00:00.000Z\"").contains(StixAnnex.TLP_AMBER);
    }

    static String rule(Outcome<?> outcome) {
        return outcome.refusalIfAny().map(Refusal::rule).orElse("done");
    }

    static CrossBorderRequest request(RequestSite... sites) {
        return CrossBorderRequest.draft(new RequestId(7), new JurisdictionCode("DE"), "Germany",
                "Ministry of Culture and Information of the Republic of Kazakhstan", "desk@example.kz",
                Channel.MFA_DIPLOMATIC_NOTE, Set.of(RequestedMeasure.REMOVAL_BY_PROVIDER), LetterLanguage.EN,
                new CatalogueVersion(1, "a".repeat(64)), List.of(sites), "foreign", T0);
    }

    static RequestSite site(long id, OffenceCategory category, DualCriminalityVerdict.Outcome verdict) {
        String host = "site" + id + ".example";
        return new RequestSite(new CaseId(id), DecisionNumber.of(2026, (int) id), new SiteKey(host), category,
                category == OffenceCategory.TERRORISM_PROPAGANDA ? Urgency.IMMEDIATE : Urgency.ORDINARY, "KZ-CC-198",
                "Criminal Code, art. 198", List.of("url http://" + host + "/a", "domain " + host),
                List.of(new EvidenceRef("shot.png", "b".repeat(64), T0.minusSeconds(3600))), verdict,
                List.of("UrhG §106"), "explanation", null, SiteOutcome.PENDING, null);
    }

    /** The scheduler, as it acts: a system actor without roles. */
    static final class WorkflowSystem {
        static final Actor ACTOR = new Actor("system:scheduler", new OrganisationId(1), Set.of(), Actor.Kind.SYSTEM);
    }

    static Actor actor(String name, Role role) {
        return new Actor(name, new OrganisationId(1), Set.of(role), Actor.Kind.PERSON);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
