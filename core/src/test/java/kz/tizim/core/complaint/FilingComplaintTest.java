package kz.tizim.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.tizim.core.WorkflowFixture;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.outcome.Refusal;
import org.junit.jupiter.api.Test;

class FilingComplaintTest {

    private final WorkflowFixture f = new WorkflowFixture();

    private FileComplaintCommand copyright(Evidence proof, IdempotencyKey key, String description) {
        return new FileComplaintCommand(f.rightsHolder, ComplainantKind.RIGHTS_HOLDER, OffenceCategory.COPYRIGHT,
                WorkflowFixture.COPYRIGHT_BASIS, description, List.of("https://films.example/watch/1"),
                List.of(proof.id()), new RightClaim("Kóshpendiler", RightClaim.Basis.MANDATE, proof.id()), null, key);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstFiling() {
        Evidence proof = f.pdf(f.rightsHolder);
        var key = new IdempotencyKey("req-42");

        Filed first = f.filing.file(copyright(proof, key, "Streamed without licence.")).value();
        Filed retry = f.filing.file(copyright(proof, key, "Streamed without licence.")).value();
        var reused = f.filing.file(copyright(proof, key, "Something else."));

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.complaint()).isEqualTo(first.complaint());
        assertThat(reused.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo("IdempotencyKey");
        assertThat(f.complaints.size()).isEqualTo(1);
    }

    @Test
    void copyrightIsFiledByTheRightsHolderWithTheRightAndOwnEvidence() {
        Evidence othersFile = f.pdf(f.agency);
        var command = new FileComplaintCommand(f.rightsHolder, ComplainantKind.PUBLIC, OffenceCategory.COPYRIGHT, null,
                "Pirated.", List.of("https://films.example/watch/1"), List.of(othersFile.id()), null, null, null);

        var outcome = f.filing.file(command);

        assertThat(outcome.refusalIfAny()).get().satisfies(refusal -> {
            assertThat(refusal.rule()).isEqualTo(Refusal.INVALID_REQUEST);
            assertThat(refusal.message()).contains("rights holder", "evidence " + othersFile.id());
        });
    }

    @Test
    void evidenceIsStoredWithItsSha256WithinSizeAndTypeLimits() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        Evidence stored = f.storingEvidence.store(new StoreEvidenceCommand(f.rightsHolder, "../shot.png", "IMAGE/PNG",
                png)).value();

        assertThat(stored.sha256()).isEqualTo("4c4b6a3be1314ab86138bef4314dde022e600960d8689a2c8f8631802d20dab6");
        assertThat(stored.sizeBytes()).isEqualTo(8);
        assertThat(stored.fileName()).doesNotContain("/");
        assertThat(f.evidenceStore.content(stored.id())).isEqualTo(png);

        var policy = new EvidencePolicy(16, java.util.Set.of("application/pdf", "image/png"));
        assertThat(policy.problem("application/pdf", "%PDF-1.7 and more than sixteen bytes".getBytes(
                StandardCharsets.US_ASCII))).get().asString().contains("limit is 16");
        assertThat(policy.problem("application/x-msdownload", new byte[] {'M', 'Z'})).isPresent();
        assertThat(policy.problem("application/pdf", new byte[] {'M', 'Z', 0, 0})).get().asString()
                .contains("not application/pdf");
    }

    @Test
    void complainantsSeeOnlyTheirOwnOrganisationsComplaints() {
        Complaint studios = f.fileCopyright("https://films.example/watch/1");
        var viewing = new ViewingComplaints(f.complaints);

        assertThat(viewing.find(f.agency, studios.id())).isEmpty();
        assertThat(viewing.of(f.agency, WorkflowFixture.STUDIO)).isEmpty();
        assertThat(viewing.find(f.rightsHolder, studios.id())).contains(studios);
        assertThat(viewing.find(f.reviewer, studios.id())).contains(studios);
    }

    @Test
    void ispAccountsCannotFile() {
        var isp = new kz.tizim.core.account.Actor("isp", new kz.tizim.core.account.OrganisationId(9),
                java.util.Set.of(kz.tizim.core.account.Role.ISP), kz.tizim.core.account.Actor.Kind.MACHINE);
        var outcome = f.filing.file(new FileComplaintCommand(isp, ComplainantKind.PUBLIC, OffenceCategory.FRAUD_PHISHING,
                null, "Phishing.", List.of("https://bank-login.example/"), List.of(), null, null, null));

        assertThat(outcome.refusalIfAny()).get().extracting(Refusal::rule).isEqualTo(Refusal.NOT_AUTHORISED);
    }
}
