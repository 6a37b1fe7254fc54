package kz.tizim.server.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestStatus;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.core.crossborder.SiteOutcome;
import kz.tizim.core.hosting.CorrectJurisdictionCommand;
import kz.tizim.core.hosting.CorrectingJurisdiction;
import kz.tizim.core.hosting.EstablishingHosting;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.notice.ProbeResult;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.complaint.CaseWorkflowDemo;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.review.CaseWorkflowFixture;
import kz.tizim.server.review.MovableClock;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import kz.tizim.server.system.SigningKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 end to end against PostgreSQL: two demo sites hosted in Germany (terrorist propaganda on
 * {@code propaganda.test}, incitement on {@code hate-forum.example}) get approved decisions through
 * the console; the foreign desk sees them as candidates, drafts one request with the incitement's
 * narrower condition ruled out (so dual criminality is NOT_SATISFIED), a legal officer approves and
 * overrides with a reason, the letters (en/ru/kk), CSV and STIX annexes are issued, hashed and signed,
 * and the request is reminded by the scheduler, acknowledged, partly acted on and re-checked site by
 * site: the channel removed in Germany has its restriction at home lifted, the forum's stays.
 *
 * <p>The STIX 2.1 annex is checked by {@link StixBundleCheck}, written from the specification text.
 */
@TizimSpringBootTest
@Import({MovableClock.Config.class, ScriptedProbe.Config.class})
class CrossBorderRequestFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    CaseWorkflowDemo caseDemo;

    @Autowired
    CrossBorderDesk desk;

    @Autowired
    EstablishingHosting hosting;

    @Autowired
    CorrectingJurisdiction correcting;

    @Autowired
    SigningKey signingKey;

    @Autowired
    MovableClock clock;

    @Autowired
    ScriptedProbe probe;

    @Autowired
    JdbcClient jdbc;

    final Actor foreign = staff("foreign", Role.FOREIGN_DESK);
    final Actor legal = staff("legal", Role.LEGAL_OFFICER);

    @Test
    void requestToGermanyFromCandidatesToPartialAction() throws Exception {
        var credentials = demoData.ensureLoaded();
        caseDemo.ensureLoaded();
        String terror = approve("propaganda.test", "KZ-CC-256");
        String hate = approve("hate-forum.example", "KZ-CC-174");
        HostName forum = HostName.of("hate-forum.example");
        hosting.refresh(forum);
        correcting.correct(new CorrectJurisdictionCommand(legal, forum, "DE", "Beispiel Hosting GmbH (demo)",
                "abuse contact and the provider's own statement place the forum in Germany"));
        long terrorCase = caseOf("propaganda.test");
        long hateCase = caseOf("hate-forum.example");

        // Candidates: grouped by country, with the verdict and its reason.
        var candidates = desk.candidates(foreign);
        assertThat(candidates).containsKey("DE");
        var germany = candidates.get("DE");
        assertThat(germany).extracting(Candidates.Candidate::caseId).contains(terrorCase, hateCase);
        assertThat(verdict(germany, terrorCase)).isEqualTo("SATISFIED");
        assertThat(verdict(germany, hateCase)).as("§130 StGB turns on a fact nobody established").isEqualTo("UNCERTAIN");
        assertThat(germany.stream().filter(c -> c.caseId() == terrorCase).findFirst().orElseThrow().reason())
                .contains("129a");

        // Draft: the desk rules out incitement to hatred or violence for the forum, so §130 does not apply.
        var drafted = desk.draft(foreign, new CrossBorderDesk.DraftCommand("de", List.of(terrorCase, hateCase), null,
                "Foreign desk, +7 7172 00 00 00, foreign-desk@tizim.example", Channel.MFA_DIPLOMATIC_NOTE,
                Set.of(RequestedMeasure.REMOVAL_BY_PROVIDER, RequestedMeasure.DATA_PRESERVATION), LetterLanguage.KK,
                Map.of(hateCase, new CaseFacts(Map.of(Fact.INCITES_HATRED_OR_VIOLENCE, false))))).value();
        long id = drafted.id().value();
        assertThat(drafted.sites()).extracting(s -> s.category().name())
                .containsExactlyInAnyOrder("TERRORISM_PROPAGANDA", "EXTREMISM_INCITEMENT");
        assertThat(drafted.sites()).filteredOn(s -> s.caseId().value() == hateCase).singleElement()
                .satisfies(s -> assertThat(s.verdict().name()).isEqualTo("NOT_SATISFIED"));
        assertThat(drafted.catalogue().number()).isPositive();
        assertThat(rule(desk.draft(foreign, new CrossBorderDesk.DraftCommand("DE", List.of(terrorCase), null, "",
                Channel.MLA_REQUEST, Set.of(RequestedMeasure.REMOVAL_BY_PROVIDER), LetterLanguage.EN, Map.of()))))
                .as("a case is in one live request at a time").isEqualTo(Refusal.ILLEGAL_TRANSITION);

        // Letters in three languages: the Kazakh letters and the decision numbers are in the text.
        for (LetterLanguage language : LetterLanguage.values()) {
            String text = pdfText(desk.letter(foreign, id, language));
            assertThat(text).contains(terror).contains(hate).contains("propaganda.test");
            if (language == LetterLanguage.KK) {
                assertThat(text).contains("Қазақстан Республикасы").contains("сұрау").containsPattern("[әғқңөұүһі]");
            }
            if (language == LetterLanguage.RU) {
                assertThat(text).contains("Республика Казахстан").contains("Двойная криминальность");
            }
            // The verdicts are worded in the letter's language from their parts, not quoted in English.
            if (language == LetterLanguage.KK) {
                assertThat(text).containsPattern("Қосарлы\\s+қылмыстылық\\s+сақталған\\s+сияқты")
                        .containsPattern("Қосарлы\\s+қылмыстылық\\s+сақталмаған")
                        .containsPattern("Шартты\\s+іс\\s+фактілері\\s+жоққа\\s+шығарады")
                        .doesNotContainPattern("Dual\\s+criminality");
            }
            if (language == LetterLanguage.RU) {
                assertThat(text).containsPattern("Двойная\\s+криминальность,\\s+по-видимому,\\s+соблюдена")
                        .containsPattern("Двойная\\s+криминальность\\s+не\\s+соблюдена")
                        .containsPattern("Условие\\s+исключено\\s+фактами\\s+дела")
                        .doesNotContainPattern("Dual\\s+criminality");
            }
            if (language == LetterLanguage.EN) {
                assertThat(text).containsPattern("Dual\\s+criminality\\s+appears\\s+satisfied");
            }
        }

        // Approval and sending: four eyes, dual criminality, and an override only by a legal officer.
        assertThat(rule(desk.approve(foreign, id))).isEqualTo("LegalOfficerPolicy");
        desk.approve(legal, id).value();
        assertThat(rule(desk.send(foreign, id))).isEqualTo("DualCriminalityPolicy");
        assertThat(rule(desk.overrideDualCriminality(foreign, id, "please"))).isEqualTo("LegalOfficerPolicy");
        desk.overrideDualCriminality(legal, id, "the thread names a group and calls for attacks: §130(1) StGB").value();
        Instant sentAt = clock.instant();
        CrossBorderRequest sent = desk.send(foreign, id).value();
        assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
        assertThat(sent.answerDue()).as("terrorist content: one hour").isEqualTo(sentAt.plus(Duration.ofHours(1)));

        // Documents: three letters and two annexes, each with its SHA-256 and a valid Ed25519 signature.
        var documents = desk.documents(foreign, id);
        assertThat(documents).extracting(CrossBorderDocumentsJdbcRepository.StoredDocument::kind)
                .containsExactlyInAnyOrder("LETTER", "LETTER", "LETTER", "ANNEX_CSV", "ANNEX_STIX");
        for (var doc : documents) {
            byte[] content = desk.documentContent(foreign, id, doc.id());
            assertThat(kz.tizim.server.document.DocumentHash.sha256(content)).isEqualTo(doc.sha256());
            Signature verify = Signature.getInstance("Ed25519");
            verify.initVerify(signingKey.publicKey());
            verify.update(content);
            assertThat(verify.verify(Base64.getDecoder().decode(doc.signature()))).isTrue();
        }
        var stixDoc = documents.stream().filter(d -> d.kind().equals("ANNEX_STIX")).findFirst().orElseThrow();
        StixBundleCheck.check(new String(desk.documentContent(foreign, id, stixDoc.id()), StandardCharsets.UTF_8), 2,
                "amber");
        var csvDoc = documents.stream().filter(d -> d.kind().equals("ANNEX_CSV")).findFirst().orElseThrow();
        String csv = new String(desk.documentContent(foreign, id, csvDoc.id()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("request,country,site,").contains(terror).contains("NOT_SATISFIED");

        // Tracking: the scheduler records the reminder due after the urgent interval, once.
        var jobs = new CrossBorderJobs(desk);
        jobs.run();
        assertThat(desk.reminders(foreign, id)).isEmpty();
        assertThat(rule(desk.remind(foreign, id))).isEqualTo("ReminderSchedule");
        clock.advance(Duration.ofMinutes(31));
        jobs.run();
        jobs.run();
        assertThat(desk.reminders(foreign, id)).singleElement().satisfies(m -> {
            assertThat(m.ordinal()).isEqualTo(1);
            assertThat(m.dueAt()).isEqualTo(sentAt.plus(Duration.ofMinutes(30)));
            assertThat(m.recordedBy()).isEqualTo("system:scheduler");
        });
        assertThat(desk.find(foreign, id).reminders()).isEqualTo(1);
        var reminded = desk.view(desk.find(foreign, id));
        assertThat(reminded.nextReminderDue()).isEqualTo(sentAt.plus(Duration.ofMinutes(60)));
        assertThat(reminded.noResponseAt()).isEqualTo(sentAt.plus(Duration.ofHours(2)));
        desk.acknowledge(foreign, id).value();
        long reply = desk.recordReply(foreign, id, "bka-reply.pdf", "application/pdf", CaseWorkflowFixture.PDF,
                "BKA: the channel was removed; the forum thread is not an offence under §130 in our assessment");
        assertThat(reply).isPositive();
        clock.advance(Duration.ofHours(5));
        CrossBorderRequest answered = desk.answer(foreign, id, RequestStatus.PARTIALLY_ACTED, null).value();
        assertThat(answered.closedAt()).isEqualTo(clock.instant());
        jobs.run();
        assertThat(desk.reminders(foreign, id)).as("an answered request is reminded no more").hasSize(1);

        // Re-checks: the channel is gone, so its restriction at home is lifted, the reason citing the
        // request; the forum still serves the thread, so a desk officer saying otherwise lifts nothing.
        probe.answer("propaganda.test", new ProbeResult.Gone(410, "http://propaganda.test/channel/1"));
        probe.answer("hate-forum.example", new ProbeResult.Present(200, "http://hate-forum.example/", "ab".repeat(32)));
        desk.recheck(foreign, id, terrorCase).value();
        assertThat(caseStatus(terrorCase)).isEqualTo("LIFTED");
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE target = ? AND action = 'RESTRICTION_LIFTED'")
                .param("case:" + terrorCase).query(String.class).single())
                .contains("removed by the host state after request " + sent.id().reference() + " to Germany");
        String hateStatus = caseStatus(hateCase);
        desk.recordOutcome(foreign, id, hateCase, SiteOutcome.REMOVED).value();
        assertThat(caseStatus(hateCase)).isEqualTo(hateStatus);
        var done = desk.recheck(foreign, id, hateCase).value();
        assertThat(done.sites()).extracting(s -> s.outcome().name()).containsExactlyInAnyOrder("REMOVED", "STILL_PRESENT");
        assertThat(caseStatus(hateCase)).as("the forum's case stays as it was").isEqualTo(hateStatus);
        assertThat(desk.view(done).sites()).extracting(CrossBorderViews.SiteView::domesticStatus)
                .containsExactlyInAnyOrder("LIFTED", hateStatus);

        // Statistics: one request to Germany, partly acted on after 5 h 31 min.
        var stats = desk.statistics(foreign);
        assertThat(stats).filteredOn(s -> s.country().value().equals("DE")).singleElement().satisfies(s -> {
            assertThat(s.sent()).isEqualTo(1);
            assertThat(s.partiallyActed()).isEqualTo(1);
            assertThat(s.medianTimeToAction()).isEqualTo(Duration.ofMinutes(331));
        });

        // The audit trail has every step, the override with its reason.
        auditChain.chainPending(); // events are linked into the chain just after their commit
        List<String> actions = jdbc.sql("SELECT action FROM audit_event WHERE target = ? ORDER BY sequence")
                .param("cross-border:" + id).query(String.class).list();
        assertThat(actions).containsSubsequence("CROSS_BORDER_REQUEST_DRAFTED", "CROSS_BORDER_REQUEST_APPROVED",
                "CROSS_BORDER_DUAL_CRIMINALITY_OVERRIDDEN", "CROSS_BORDER_REQUEST_SENT", "CROSS_BORDER_REMINDER_DUE",
                "CROSS_BORDER_REQUEST_ACKNOWLEDGED", "CROSS_BORDER_REPLY_RECORDED", "CROSS_BORDER_REQUEST_ANSWERED",
                "CROSS_BORDER_SITE_CHECKED", "CROSS_BORDER_RESTRICTION_LIFTED", "CROSS_BORDER_SITE_CHECKED",
                "CROSS_BORDER_RESTRICTION_NOT_LIFTED", "CROSS_BORDER_SITE_CHECKED");
        assertThat(actions).containsOnlyOnce("CROSS_BORDER_REMINDER_DUE");
        assertThat(actions).contains("CROSS_BORDER_STEP_REFUSED");
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'CROSS_BORDER_DUAL_CRIMINALITY_OVERRIDDEN'")
                .query(String.class).single()).contains("§130(1) StGB").contains("hate-forum.example");

        // Over HTTP: outside organisations are refused; the stored STIX document downloads intact.
        Http http = new Http(port);
        String rights = credentials.tokens().stream().filter(t -> t.organisation().startsWith("Qazaq Film"))
                .findFirst().orElseThrow().secret();
        assertThat(http.get("/api/v1/cross-border/requests/" + id, "Authorization", "Bearer " + rights).statusCode())
                .isIn(403, 404);
    }

    private String approve(String site, String basis) {
        long caseId = caseOf(site);
        String scope = jdbc.sql("SELECT locators[1] FROM review_case WHERE id = ?").param(caseId).query(String.class)
                .single();
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        reviewer.postForm("/review/cases/" + caseId, "/review/cases/" + caseId + "/assign");
        var drafted = reviewer.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/draft",
                "basis", basis, "measure", "ACCESS_RESTRICTION", "scope", scope,
                "facts", "The page was captured by the Antiterrorist Center with the content described.",
                "reasoning", "The content falls under " + basis + "; restricting the one URL is the narrowest measure.");
        assertThat(drafted.statusCode()).isEqualTo(302);
        Http approver = new Http(port);
        approver.login("legal2", "legal2-demo");
        var approved = approver.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/approve");
        assertThat(approved.statusCode()).isEqualTo(302);
        return jdbc.sql("SELECT decision FROM review_case WHERE id = ?").param(caseId).query(String.class).single();
    }

    private String caseStatus(long caseId) {
        return jdbc.sql("SELECT status FROM review_case WHERE id = ?").param(caseId).query(String.class).single();
    }

    private long caseOf(String site) {
        return jdbc.sql("SELECT id FROM review_case WHERE site = ?").param(site).query(Long.class).single();
    }

    private static String verdict(List<Candidates.Candidate> candidates, long caseId) {
        return candidates.stream().filter(c -> c.caseId() == caseId).findFirst().orElseThrow().verdict().outcome().name();
    }

    private static String rule(Outcome<?> outcome) {
        return outcome.refusalIfAny().map(Refusal::rule).orElse("done");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private Actor staff(String name, Role role) {
        return new Actor(name, new OrganisationId(1), Set.of(role), Actor.Kind.PERSON);
    }
}
