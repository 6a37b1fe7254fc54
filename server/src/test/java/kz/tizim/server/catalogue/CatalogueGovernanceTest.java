package kz.tizim.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kz.tizim.core.legal.CatalogueFileResult;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.LegalCatalogueFile;
import kz.tizim.core.legal.ProvisionId;
import kz.tizim.core.legal.ReviewStatus;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Four eyes on the legal catalogue: one legal officer proposes, the same one cannot approve, a
 * second one approves and a new version comes into force, while the old one stays as it was.
 */
@TizimSpringBootTest
class CatalogueGovernanceTest {

    private static final String NOTE_198 = "note = [S1][S2] article checked in secondary source; criminal damage "
            + "threshold in MCI to verify; below it see KZ-CAO-COPYRIGHT.";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    LegalCatalogues catalogues;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadDemo() {
        demoData.ensureLoaded();
    }

    @Test
    void aSecondLegalOfficerApprovesWhatTheFirstProposedAndHistoryStaysIntact() {
        LegalCatalogue before = catalogues.current();
        int n = before.version().number();
        String textBefore = catalogues.text(n);
        String proposal = ProposingCatalogueEdit.withVersion(textBefore, n + 1)
                .replace(NOTE_198, NOTE_198 + " Threshold confirmed open by the legal department.");
        proposal = setStatusInSection(proposal, "[provision US-USC17-506]", "VERIFIED");
        Http legal = signedIn("legal");

        var proposed = legal.postForm("/catalogue/proposals/new", "/catalogue/proposals",
                "reason", "Threshold of art. 198 re-examined; US provision checked against 17 U.S.C. 506",
                "text", proposal);

        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
        long id = proposalId(proposed);
        var review = legal.get("/catalogue/proposals/" + id + "?lang=en");
        assertThat(review.body()).contains("Awaiting approval")
                .contains("Threshold confirmed open by the legal department.")
                .contains("[basis KZ-CC-198]").contains("[provision US-USC17-506]")
                .contains("becomes verified").contains("Approving marks 1 entries as verified");
        assertThat(catalogues.current().version()).isEqualTo(before.version());

        // The proposer cannot approve their own proposal; the refusal is audited.
        var selfApproval = legal.postForm("/catalogue/proposals/" + id, "/catalogue/proposals/" + id + "/approve",
                "note", "looks right to me");
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(selfApproval.body()).contains("another legal officer must");
        assertThat(status(id)).isEqualTo("PROPOSED");
        assertThat(catalogues.current().version()).isEqualTo(before.version());
        assertThat(audited("legal", "CATALOGUE_APPROVAL_REFUSED", "legal-catalogue-proposal:" + id)).isEqualTo(1);

        // A second legal officer approves: a new version is in force.
        Http legal2 = signedIn("legal2");
        var approval = legal2.postForm("/catalogue/proposals/" + id, "/catalogue/proposals/" + id + "/approve",
                "note", "Checked against the sources.");
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(302);
        LegalCatalogue after = catalogues.current();
        assertThat(after.version().number()).isEqualTo(n + 1);
        assertThat(after.version().sha256()).isEqualTo(CatalogueApiTest.sha(proposal));
        assertThat(after.basis(new LegalBasisId("KZ-CC-198")).orElseThrow().review().note())
                .endsWith("Threshold confirmed open by the legal department.");
        assertThat(after.provisions().stream().filter(p -> p.id().equals(new ProvisionId("US-USC17-506")))
                .findFirst().orElseThrow().review().status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(audited("legal2", "CATALOGUE_VERSION_APPROVED", "legal-catalogue:v" + (n + 1))).isEqualTo(1);
        assertThat(audited("legal", "CATALOGUE_EDIT_PROPOSED", "legal-catalogue-proposal:" + id)).isEqualTo(1);

        // The previous version is still there, unchanged, for decisions that cited it.
        LegalCatalogue old = catalogues.version(n);
        assertThat(old.version()).isEqualTo(before.version());
        assertThat(catalogues.version(before.version())).isSameAs(old);
        assertThat(catalogues.text(n)).isEqualTo(textBefore);
        assertThat(old.basis(new LegalBasisId("KZ-CC-198")).orElseThrow().review().note())
                .isEqualTo(before.basis(new LegalBasisId("KZ-CC-198")).orElseThrow().review().note());
        assertThat(catalogues.history()).extracting(CatalogueVersionEntry::number, CatalogueVersionEntry::status)
                .startsWith(org.assertj.core.groups.Tuple.tuple(n + 1, CatalogueStatus.CURRENT),
                        org.assertj.core.groups.Tuple.tuple(n, CatalogueStatus.SUPERSEDED));

        // A decided proposal cannot be decided again.
        var again = legal2.postForm("/catalogue/proposals/" + id, "/catalogue/proposals/" + id + "/approve",
                "note", "");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void aReviewerCannotProposeAndNothingIsStored() {
        long proposals = proposalCount();
        Http reviewer = signedIn("reviewer");
        String text = ProposingCatalogueEdit.withVersion(catalogues.text(catalogues.current().version().number()),
                catalogues.current().version().number() + 1).replace(NOTE_198, NOTE_198 + " Edited.");

        var response = reviewer.postForm("/", "/catalogue/proposals", "reason", "I would like to", "text", text);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(proposalCount()).isEqualTo(proposals);
        assertThat(reviewer.get("/catalogue/proposals/new").statusCode()).isEqualTo(403);
        assertThat(audited("reviewer", "CATALOGUE_EDIT_REFUSED", "legal-catalogue")).isEqualTo(1);
    }

    @Test
    void anInvalidProposalShowsEveryFileLineReasonAndStoresNothing() {
        long proposals = proposalCount();
        int n = catalogues.current().version().number();
        String broken = ProposingCatalogueEdit.withVersion(catalogues.text(n), n + 1)
                .replaceFirst("urgency = ORDINARY", "urgency = SOMETIMES")
                .replace("[basis KZ-CC-256]\nkind = CRIMINAL_OFFENCE", "[basis KZ-CC-256]\nkind = FELONY");
        var expected = (CatalogueFileResult.Rejected) LegalCatalogueFile.parse("legal-catalogue.txt", broken);
        assertThat(expected.problems()).hasSizeGreaterThanOrEqualTo(2);
        Http legal = signedIn("legal");

        var response = legal.postForm("/catalogue/proposals/new", "/catalogue/proposals",
                "reason", "typo test", "text", broken);

        assertThat(response.statusCode()).isEqualTo(422);
        String page = unescape(response.body());
        expected.problems().forEach(problem -> assertThat(page).contains(problem.toString()));
        assertThat(page).contains("legal-catalogue.txt:").contains("'SOMETIMES' is not a valid urgency");
        assertThat(proposalCount()).isEqualTo(proposals);
    }

    @Test
    void aProposalMustRaiseTheVersionByOne() {
        long proposals = proposalCount();
        int n = catalogues.current().version().number();
        String sameVersion = catalogues.text(n).replace(NOTE_198, NOTE_198 + " Edited.");
        Http legal = signedIn("legal");

        var response = legal.postForm("/catalogue/proposals/new", "/catalogue/proposals",
                "reason", "forgot the version", "text", sameVersion);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(unescape(response.body())).containsPattern("legal-catalogue\\.txt:\\d+: version must be " + (n + 1));
        assertThat(proposalCount()).isEqualTo(proposals);
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        var login = http.login(user, user + "-demo");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }

    private static long proposalId(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        var matcher = java.util.regex.Pattern.compile("/catalogue/proposals/(\\d+)\\?proposed").matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM legal_catalogue_version WHERE id = ?").param(id).query(String.class).single();
    }

    private long proposalCount() {
        return jdbc.sql("SELECT count(*) FROM legal_catalogue_version").query(Long.class).single();
    }

    private int audited(String actor, String action, String target) {
        auditChain.chainPending(); // events are linked into the chain just after their commit
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = ? AND action = ? AND target = ?")
                .params(actor, action, target).query(Integer.class).single();
    }

    /** Sets {@code status = ...} in one section of a catalogue file. */
    static String setStatusInSection(String text, String header, String status) {
        int section = text.indexOf(header);
        assertThat(section).as(header).isNotNegative();
        int line = text.indexOf("\nstatus = ", section);
        int end = text.indexOf('\n', line + 1);
        return text.substring(0, line) + "\nstatus = " + status + text.substring(end);
    }

    static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
