package kz.tizim.core.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.tizim.core.WorkflowFixture;
import kz.tizim.core.caseflow.TriageOutcome.AddedToOpenCase;
import kz.tizim.core.caseflow.TriageOutcome.AlreadyRestricted;
import kz.tizim.core.caseflow.TriageOutcome.Invalid;
import kz.tizim.core.caseflow.TriageOutcome.NewCase;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

class TriagingComplaintTest {

    private final WorkflowFixture f = new WorkflowFixture();

    private static List<TriageOutcome> outcomes(TriageReport report) {
        return report.locators().stream().map(LocatorTriage::outcome).toList();
    }

    @Test
    void groupsLocatorsByRegistrableDomainIntoOneCasePerSite() {
        TriageReport report = f.triage(f.fileCopyright(
                "https://films.example/watch/1",
                "http://CDN.films.example/watch/2",
                "films.example/watch/3",
                "https://serials.test/ep/1",
                "198.51.100.7",
                "url http://[2001:db8::5]/film"));

        List<TriageOutcome> outcomes = outcomes(report);
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(NewCase.class));
        CaseId films = ((NewCase) outcomes.get(0)).caseId();
        assertThat(outcomes.subList(0, 3)).allSatisfy(o -> assertThat(((NewCase) o).caseId()).isEqualTo(films));
        assertThat(f.cases.all()).hasSize(4);
        assertThat(f.caseOf(films).site()).isEqualTo(new SiteKey("films.example"));
        assertThat(f.caseOf(films).locators()).containsExactly(
                Locator.of(LocatorKind.URL, "https://films.example/watch/1"),
                Locator.of(LocatorKind.URL, "http://cdn.films.example/watch/2"),
                Locator.of(LocatorKind.URL, "http://films.example/watch/3"));
        assertThat(f.cases.all()).extracting(c -> c.site().value())
                .containsExactly("films.example", "serials.test", "198.51.100.7", "2001:db8::5");
        assertThat(f.dossiers.find(new SiteKey("serials.test"))).get()
                .extracting(SiteDossier::tier).isEqualTo(PopularityTier.UNKNOWN);
    }

    @Test
    void reportsLocatorsTheRegisterAlreadyCoversWithTheDecisionNumber() {
        DecisionNumber earlier = DecisionNumber.of(2024, 77);
        f.register.list(new Restriction(Locator.of(LocatorKind.DOMAIN_TREE, "films.example"), earlier,
                OffenceCategory.COPYRIGHT, WorkflowFixture.COPYRIGHT_BASIS, Urgency.ORDINARY,
                WorkflowFixture.START.minus(Duration.ofDays(10)), WorkflowFixture.START.plus(Duration.ofDays(100)),
                true));

        TriageReport report = f.triage(f.fileCopyright("https://www.films.example/watch/1", "https://other.test/x"));

        assertThat(outcomes(report).get(0)).isEqualTo(new AlreadyRestricted(earlier,
                Locator.of(LocatorKind.URL, "https://www.films.example/watch/1")));
        assertThat(outcomes(report).get(1)).isInstanceOf(NewCase.class);
        assertThat(f.cases.all()).hasSize(1);
    }

    @Test
    void joinsTheOpenCaseHoldingTheLocatorOrTheSitesCaseInReview() {
        TriageReport first = f.triage(f.fileCopyright("https://films.example/watch/1"));
        CaseId caseId = ((NewCase) outcomes(first).get(0)).caseId();

        TriageReport second = f.triage(f.fileCopyright("http://films.example/watch/1", "https://films.example/watch/9"));

        assertThat(outcomes(second)).containsExactly(
                new AddedToOpenCase(caseId, Locator.of(LocatorKind.URL, "http://films.example/watch/1")),
                new AddedToOpenCase(caseId, Locator.of(LocatorKind.URL, "https://films.example/watch/9")));
        // The http URL is the https one's twin (same resource): the complaint joins, no locator is added.
        assertThat(f.caseOf(caseId).locators()).hasSize(2);
        assertThat(f.caseOf(caseId).complaints()).hasSize(2);
        assertThat(f.events.namesOf(caseId)).containsExactly("CaseOpened", "ComplaintJoined", "LocatorAdded");
    }

    @Test
    void twinsAndRepeatsWithinOneComplaintLandInOneCase() {
        TriageReport report = f.triage(f.fileCopyright("https://films.example/a", "http://films.example/a",
                "https://films.example/a"));

        assertThat(outcomes(report)).extracting(o -> ((NewCase) o).caseId()).containsOnly(new CaseId(1));
        assertThat(f.caseOf(new CaseId(1)).locators()).hasSize(1);
    }

    @Test
    void sameSiteUnderAnotherCategoryOpensASeparateCase() {
        f.triage(f.fileCopyright("https://films.example/watch/1"));

        TriageReport report = f.triage(f.fileAgency(OffenceCategory.TERRORISM_PROPAGANDA,
                "https://films.example/forum/7"));

        NewCase urgent = (NewCase) outcomes(report).get(0);
        assertThat(f.caseOf(urgent.caseId()).procedure().urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(f.cases.all().stream().sorted(Case.PRIORITY).findFirst()).get()
                .extracting(Case::id).isEqualTo(urgent.caseId());
    }

    @Test
    void reportsInvalidLocatorsWithTheReasonAndTriagesTheRest() {
        TriageReport report = f.triage(f.fileCopyright("ftp://films.example/x", "https://films.example/ok",
                "domain 203.0.113.5"));

        assertThat(outcomes(report).get(0)).isInstanceOf(Invalid.class);
        assertThat(((Invalid) outcomes(report).get(0)).reason()).contains("scheme");
        assertThat(outcomes(report).get(1)).isInstanceOf(NewCase.class);
        assertThat(((Invalid) outcomes(report).get(2)).reason()).contains("IP address");
        assertThat(report.locators()).extracting(LocatorTriage::submitted)
                .containsExactly("ftp://films.example/x", "https://films.example/ok", "domain 203.0.113.5");
    }

    @Test
    void caseSlaCountsFromTheComplaintsReceipt() {
        var complaint = f.fileCopyright("https://films.example/watch/1");
        f.clock.advance(Duration.ofHours(5));

        NewCase opened = (NewCase) outcomes(f.triage(complaint)).get(0);

        Instant due = f.caseOf(opened.caseId()).decisionDue();
        assertThat(due).isEqualTo(f.time.due(f.catalogue.procedure(OffenceCategory.COPYRIGHT).decideWithin(),
                complaint.filedAt()));
    }

    @Test
    void aComplaintIsTriagedOnceAndOnlyByTheSystemOrAReviewer() {
        var complaint = f.fileCopyright("https://films.example/watch/1");

        var byComplainant = f.triaging.triage(new TriageComplaintCommand(f.rightsHolder, complaint.id()));
        f.triage(complaint);
        var again = f.triaging.triage(new TriageComplaintCommand(f.system, complaint.id()));

        assertThat(byComplainant.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo(Refusal.NOT_AUTHORISED);
        assertThat(again.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("AlreadyTriaged");
        assertThat(f.cases.all()).hasSize(1);
    }
}
