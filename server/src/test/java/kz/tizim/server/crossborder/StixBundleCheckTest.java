package kz.tizim.server.crossborder;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.EvidenceRef;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestId;
import kz.tizim.core.crossborder.RequestSite;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.core.crossborder.SiteOutcome;
import kz.tizim.core.crossborder.StixAnnex;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The STIX check used by the acceptance test fails on bundles that break the specification. */
class StixBundleCheckTest {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    final String valid = StixAnnex.bundle(request(), T0, UUID::randomUUID);

    @Test
    void acceptsTheAnnexTizimWrites() {
        assertThatCode(() -> StixBundleCheck.check(valid, 2, "amber")).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnIndicatorWithoutPatternType() {
        assertFails(bundle -> indicator(bundle).remove("pattern_type"), "pattern_type");
    }

    @Test
    void rejectsAnObjectOfAnotherSpecVersion() {
        assertFails(bundle -> indicator(bundle).put("spec_version", "2.0"), "spec_version");
    }

    @Test
    void rejectsATimestampWithoutMilliseconds() {
        assertFails(bundle -> indicator(bundle).put("modified", "2026-03-02T08:00:00Z"), "modified");
    }

    @Test
    void rejectsAnIdentifierThatIsNotAVersion4Uuid() {
        assertFails(bundle -> indicator(bundle).put("id", "indicator--00000000-0000-1000-8000-000000000000"),
                "00000000-0000-1000-8000-000000000000");
    }

    @Test
    void rejectsAReportReferringToAnObjectOutsideTheBundle() {
        assertFails(bundle -> {
            var objects = bundle.get("objects");
            ObjectNode report = (ObjectNode) objects.get(objects.size() - 1);
            ((tools.jackson.databind.node.ArrayNode) report.get("object_refs"))
                    .set(1, "indicator--" + UUID.randomUUID());
        }, "refers only to objects in the bundle");
    }

    private void assertFails(Consumer<ObjectNode> breakIt, String message) {
        ObjectNode bundle = (ObjectNode) JSON.readTree(valid);
        breakIt.accept(bundle);
        assertThatThrownBy(() -> StixBundleCheck.check(JSON.writeValueAsString(bundle), 2, "amber"))
                .isInstanceOf(AssertionError.class).hasMessageContaining(message);
    }

    private static ObjectNode indicator(ObjectNode bundle) {
        for (var o : bundle.get("objects")) {
            if (o.get("type").asString().equals("indicator")) {
                return (ObjectNode) o;
            }
        }
        throw new AssertionError("no indicator");
    }

    private static CrossBorderRequest request() {
        var site = new RequestSite(new CaseId(1), DecisionNumber.of(2026, 1), new SiteKey("site1.example"),
                OffenceCategory.COPYRIGHT, Urgency.ORDINARY, "KZ-CC-198", "Criminal Code, art. 198",
                List.of("url http://site1.example/a", "domain site1.example"),
                List.of(new EvidenceRef("shot.png", "b".repeat(64), T0)), DualCriminalityVerdict.Outcome.SATISFIED,
                List.of("UrhG §106"), "explanation", null, SiteOutcome.PENDING, null);
        return CrossBorderRequest.draft(new RequestId(7), new JurisdictionCode("DE"), "Germany", "MCI", "",
                Channel.MLA_REQUEST, Set.of(RequestedMeasure.REMOVAL_BY_PROVIDER), LetterLanguage.EN,
                new CatalogueVersion(1, "a".repeat(64)), List.of(site), "foreign", T0);
    }
}
