package kz.tizim.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.DualCriminality;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.GapMatrixCsv;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The public catalogue API answers, without a token, exactly what the domain computes. */
@TizimSpringBootTest
class CatalogueApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    LegalCatalogues catalogues;

    Http anonymous;
    LegalCatalogue catalogue;

    @BeforeEach
    void setUp() {
        anonymous = new Http(port);
        catalogue = catalogues.current();
    }

    @Test
    void categoriesComeWithTheirProceduresAndBasesWithoutAToken() {
        var response = anonymous.get("/api/v1/legal/categories");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("catalogueVersion").get("number").asInt()).isEqualTo(catalogue.version().number());
        assertThat(body.get("catalogueVersion").get("sha256").asString()).isEqualTo(catalogue.version().sha256());
        JsonNode csam = item(body, "category", "CSAM");
        var procedure = catalogue.procedure(OffenceCategory.CSAM);
        assertThat(csam.get("decideWithin").asString()).isEqualTo(procedure.decideWithin().toText());
        assertThat(csam.get("noticeBeforeRestriction").asBoolean()).isEqualTo(procedure.noticeBeforeRestriction());
        assertThat(csam.get("locators").asString()).isEqualTo("HASHES_ONLY");
        assertThat(ids(csam.get("bases"))).containsExactlyElementsOf(
                catalogue.basesIn(OffenceCategory.CSAM).stream().map(b -> b.id().value()).toList());
        assertThat(body.get("items")).hasSize(OffenceCategory.values().length);
    }

    @Test
    void basesListEveryKazakhBasisWithItsReviewStatus() {
        JsonNode body = json(anonymous.get("/api/v1/legal/bases"));

        assertThat(body.get("items")).hasSize(catalogue.bases().size());
        JsonNode first = body.get("items").get(0);
        LegalBasis expected = catalogue.bases().get(0);
        assertThat(first.get("id").asString()).isEqualTo(expected.id().value());
        assertThat(first.get("review").get("status").asString()).isEqualTo(expected.review().status().name());
    }

    @Test
    void oneBasisByIdHasItsCitationAndSummariesInThreeLanguages() {
        LegalBasis expected = catalogue.basis(new LegalBasisId("KZ-CC-198")).orElseThrow();

        JsonNode body = json(anonymous.get("/api/v1/legal/bases/KZ-CC-198"));

        assertThat(body.get("citation").asString()).isEqualTo(expected.citation());
        assertThat(body.get("summary").get("kk").asString()).isEqualTo(expected.summary().kk());
        assertThat(body.get("summary").get("ru").asString()).isEqualTo(expected.summary().ru());
        assertThat(body.get("review").get("status").asString()).isEqualTo(expected.review().status().name());
        assertThat(body.get("review").get("note").asString()).isEqualTo(expected.review().note());
    }

    @Test
    void unknownBasisIsA404Problem() {
        var response = anonymous.get("/api/v1/legal/bases/KZ-CC-99999");

        assertProblem(response, 404);
        assertThat(response.body()).contains("KZ-CC-99999");
    }

    @Test
    void jurisdictionsAndProvisionsAreTheCataloguesOwn() {
        JsonNode jurisdictions = json(anonymous.get("/api/v1/legal/jurisdictions"));
        JsonNode usProvisions = json(anonymous.get("/api/v1/legal/provisions?jurisdiction=us&category=COPYRIGHT"));

        assertThat(jurisdictions.get("items").findValuesAsString("code")).containsExactlyElementsOf(
                catalogue.jurisdictions().stream().map(j -> j.code().value()).toList());
        assertThat(usProvisions.get("items").findValuesAsString("id")).containsExactlyElementsOf(
                catalogue.provisions(new JurisdictionCode("US"), OffenceCategory.COPYRIGHT).stream()
                        .map(p -> p.id().value()).toList());
    }

    @Test
    void matrixJsonHasTheCellsTheDomainComputes() {
        GapMatrix matrix = GapMatrix.of(catalogue);

        JsonNode body = json(anonymous.get("/api/v1/legal/matrix"));

        assertThat(body.get("columns").findValuesAsString("code")).containsExactlyElementsOf(
                matrix.columns().stream().map(j -> j.code().value()).toList());
        JsonNode copyright = body.get("rows").get(OffenceCategory.COPYRIGHT.ordinal());
        assertThat(copyright.get("category").asString()).isEqualTo("COPYRIGHT");
        for (int i = 0; i < matrix.columns().size(); i++) {
            assertThat(copyright.get("cells").get(i).get("text").asString())
                    .isEqualTo(matrix.rows().get(OffenceCategory.COPYRIGHT.ordinal()).cells().get(i).text());
        }
    }

    @Test
    void matrixCsvIsExactlyTheDomainRendering() {
        var response = anonymous.get("/api/v1/legal/matrix?format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body()).isEqualTo(GapMatrixCsv.render(GapMatrix.of(catalogue)));
    }

    @Test
    void copyrightWithoutCommercialScaleIsNoCrimeInTheUnitedStates() {
        var response = anonymous.get("/api/v1/legal/check?basis=KZ-CC-198&country=US&commercialScale=false");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode verdict = json(response);
        DualCriminalityVerdict expected = new DualCriminality(catalogue).assess(
                catalogue.basis(new LegalBasisId("KZ-CC-198")).orElseThrow(), new JurisdictionCode("US"),
                CaseFacts.unknown().with(Fact.COMMERCIAL_SCALE, false));
        assertThat(expected.outcome()).isEqualTo(DualCriminalityVerdict.Outcome.NOT_SATISFIED);
        assertThat(verdict.get("outcome").asString()).isEqualTo("NOT_SATISFIED");
        assertThat(verdict.get("explanation").asString()).isEqualTo(expected.explanation());
        assertThat(ids(verdict.get("decisive"))).containsExactlyElementsOf(
                expected.decisive().stream().map(f -> f.provision().id().value()).toList());
        assertThat(verdict.get("catalogueVersion").get("number").asInt()).isEqualTo(catalogue.version().number());
    }

    @Test
    void theSameCopyrightCaseOnACommercialScaleSatisfiesDualCriminality() {
        JsonNode verdict = json(anonymous.get("/api/v1/legal/check?basis=KZ-CC-198&country=us&commercialScale=true"));

        assertThat(verdict.get("outcome").asString()).isEqualTo("SATISFIED");
        assertThat(verdict.get("findings").findValuesAsString("bearing")).contains("SUPPORTS");
    }

    @Test
    void unknownFactsLeaveTheVerdictUncertainWithItsCause() {
        JsonNode verdict = json(anonymous.get("/api/v1/legal/check?basis=KZ-CC-198&country=US"));

        assertThat(verdict.get("outcome").asString()).isEqualTo("UNCERTAIN");
        assertThat(verdict.get("cause").asString()).isEqualTo("UNDECIDED_PROVISIONS");
    }

    @Test
    void checkAnswersProblemsForBadInput() {
        assertProblem(anonymous.get("/api/v1/legal/check?basis=KZ-CC-198&country=U$A"), 400);
        assertProblem(anonymous.get("/api/v1/legal/check?basis=KZ-NOPE-1&country=US"), 404);
        assertProblem(anonymous.get("/api/v1/legal/check?basis=KZ-CC-198&country=US&established=MOON_PHASE"), 400);
        assertProblem(anonymous.get("/api/v1/legal/check?country=US"), 400);
    }

    @Test
    void versionOneStaysReadableAndItsFileHashesToItsVersion() throws Exception {
        var file = anonymous.get("/api/v1/legal/versions/1/file");
        JsonNode history = json(anonymous.get("/api/v1/legal/versions"));

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(sha256(file.body())).isEqualTo(catalogues.version(1).version().sha256());
        assertThat(history.isArray()).isTrue();
        assertThat(history.get(history.size() - 1).get("number").asInt()).isEqualTo(1);
        assertProblem(anonymous.get("/api/v1/legal/versions/999"), 404);
        assertProblem(anonymous.get("/api/v1/legal/bases?version=999"), 404);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheLegalEndpoints() {
        var docs = anonymous.get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/legal/check").contains("/api/v1/legal/matrix")
                .contains("Legal catalogue");
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode item(JsonNode listing, String field, String value) {
        for (JsonNode item : listing.get("items")) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value);
    }

    private static List<String> ids(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    static String sha256(String text) throws Exception {
        return sha(text);
    }

    /** The SHA-256 of a text's UTF-8 bytes, as catalogue versions are hashed. */
    static String sha(String text) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
