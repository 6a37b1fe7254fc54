package kz.tizim.server.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestId;
import kz.tizim.core.crossborder.RequestSite;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.core.crossborder.SiteOutcome;
import kz.tizim.core.crossborder.VerdictParts;
import kz.tizim.core.legal.BasisKind;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.Coverage;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Kazakh and Russian letters word the verdict from its parts; every part has its message in each language. */
class VerdictWordingTest {

    static final Locale KK = LetterLanguage.KK.locale();
    static final Locale RU = LetterLanguage.RU.locale();

    final VerdictWording wording = new VerdictWording(messages());

    @Test
    void wordsANotSatisfiedVerdictInRussianWithItsRuledOutConditionAndTheReviewCaveat() {
        var parts = new VerdictParts(DualCriminalityVerdict.Outcome.NOT_SATISFIED, null, BasisKind.CRIMINAL_OFFENCE,
                List.of(new VerdictParts.Part("StGB § 130", Coverage.NARROWER,
                        Map.of(Fact.INCITES_HATRED_OR_VIOLENCE, CaseFacts.State.RULED_OUT))), List.of(), false);
        var site = site(parts);

        var ru = wording.explain(request(site), site, RU);

        assertThat(ru.translated()).isTrue();
        assertThat(ru.text()).startsWith("Двойная криминальность не соблюдена.")
                .contains("по Уголовный кодекс, ст. 174 (KZ-CC-174)").contains("государстве хостинга Германия (DE)")
                .contains("– StGB § 130: там это преступление только при дополнительных условиях.")
                .contains("Условие исключено фактами дела: Материал возбуждает ненависть")
                .contains("Требуется юридическая проверка").contains("TO_VERIFY")
                .endsWith("Правовой каталог v3 (sha256 aaaaaaaaaaaa).").doesNotContain("Dual criminality");
    }

    @Test
    void wordsAnUndecidedVerdictInKazakhWithTheProvisionsThatWouldDefeatIt() {
        var parts = new VerdictParts(DualCriminalityVerdict.Outcome.UNCERTAIN,
                DualCriminalityVerdict.Cause.UNDECIDED_PROVISIONS, BasisKind.CRIMINAL_OFFENCE,
                List.of(new VerdictParts.Part("StGB § 130", Coverage.NARROWER, Map.of())),
                List.of(new VerdictParts.Part("GG Art. 5", Coverage.PROTECTED_SPEECH, Map.of())), true);
        var site = site(parts);

        var kk = wording.explain(request(site), site, KK).text();

        assertThat(kk).startsWith("Қосарлы қылмыстылық анықталмаған.").contains("каталогта модельденбеген")
                .contains("хостинг мемлекетінде (Германия (DE))")
                .contains("Әйтпесе әрекет онда қылмыс болып табылмайды:\n– GG Art. 5:")
                .as("verified entries carry no caveat").doesNotContain("TO_VERIFY");
    }

    @Test
    void englishAndSitesWithoutPartsQuoteTheEnglishOriginal() {
        var site = site(null);
        assertThat(wording.explain(request(site), site, RU)).isEqualTo(new VerdictWording.Wording("English original", false));
        var withParts = site(new VerdictParts(DualCriminalityVerdict.Outcome.SATISFIED, null, BasisKind.CRIMINAL_OFFENCE,
                List.of(), List.of(), true));
        assertThat(wording.explain(request(withParts), withParts, Locale.ENGLISH).text()).isEqualTo("English original");
    }

    @Test
    void everyOutcomeCauseKindCoverageAndFactHasItsWordsInKazakhAndRussian() {
        for (Locale locale : List.of(KK, RU)) {
            for (DualCriminalityVerdict.Cause cause : DualCriminalityVerdict.Cause.values()) {
                for (BasisKind kind : BasisKind.values()) {
                    var parts = new VerdictParts(DualCriminalityVerdict.Outcome.UNCERTAIN, cause, kind, List.of(),
                            List.of(), true);
                    assertThat(wording.explain(request(site(parts)), site(parts), locale).text()).isNotBlank();
                }
            }
            for (Coverage coverage : Coverage.values()) {
                for (CaseFacts.State state : CaseFacts.State.values()) {
                    Map<Fact, CaseFacts.State> all = new java.util.EnumMap<>(Fact.class);
                    for (Fact fact : Fact.values()) {
                        all.put(fact, state);
                    }
                    for (DualCriminalityVerdict.Outcome outcome : List.of(DualCriminalityVerdict.Outcome.SATISFIED,
                            DualCriminalityVerdict.Outcome.NOT_SATISFIED)) {
                        var parts = new VerdictParts(outcome, null, BasisKind.CRIMINAL_OFFENCE,
                                List.of(new VerdictParts.Part("X § 1", coverage, all)), List.of(), false);
                        assertThat(wording.explain(request(site(parts)), site(parts), locale).text())
                                .contains("X § 1");
                    }
                }
            }
        }
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static RequestSite site(VerdictParts parts) {
        return new RequestSite(new CaseId(1), DecisionNumber.of(2026, 1), new SiteKey("forum.example"),
                OffenceCategory.EXTREMISM_INCITEMENT, Urgency.ORDINARY, "KZ-CC-174", "Уголовный кодекс, ст. 174",
                List.of("url http://forum.example/t/1"), List.of(), DualCriminalityVerdict.Outcome.NOT_SATISFIED,
                List.of("StGB § 130"), "English original", parts, SiteOutcome.PENDING, null);
    }

    private static CrossBorderRequest request(RequestSite site) {
        return CrossBorderRequest.draft(new RequestId(3), new JurisdictionCode("DE"), "Germany", "MCI", "",
                Channel.MLA_REQUEST, Set.of(RequestedMeasure.REMOVAL_BY_PROVIDER), LetterLanguage.RU,
                new CatalogueVersion(3, "a".repeat(64)), List.of(site), "foreign", Instant.parse("2026-03-02T08:00:00Z"));
    }
}
