package kz.tizim.server.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.tizim.core.account.Role;
import kz.tizim.core.proportionality.Assessment;
import kz.tizim.core.proportionality.Objection;
import kz.tizim.core.proportionality.ProportionalityReport;
import kz.tizim.core.proportionality.Verdict;
import org.junit.jupiter.api.Test;

/** A draft's stored report reads back with its objections' codes, and older reports keep their English. */
class ProportionalityTextTest {

    @Test
    void readsBackEveryVerdictWithItsCodeAndArguments() {
        var report = new ProportionalityReport(List.of(
                new Assessment("NoPublicSuffixPolicy", Verdict.PASS),
                new Assessment("NarrowestScopePolicy", new Verdict.Rejection(
                        Objection.of(Objection.Code.COVERS_NONE, "domain other.example"))),
                new Assessment("CollateralPolicy", new Verdict.Escalation(
                        Objection.of(Objection.Code.WIDER_THAN_PREFIX, "198.51.100.0/23", 24), Role.ADMIN))));

        String text = ProportionalityText.write(report);

        assertThat(text).contains("CollateralPolicy\tESCALATION:ADMIN\t198.51.100.0/23 is wider than /24\t"
                + "WIDER_THAN_PREFIX\t198.51.100.0/23\t24\n");
        assertThat(ProportionalityText.read(text)).isEqualTo(report);
    }

    @Test
    void readsAReportStoredBeforeObjectionsHadCodesAsItsEnglishText() {
        var report = ProportionalityText.read("NoPublicSuffixPolicy\tPASS\t\n"
                + "CollateralPolicy\tESCALATION:ADMIN\t198.51.100.0/23 is wider than /24\n");

        assertThat(report.assessments().get(0).verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.assessments().get(1).verdict()).isEqualTo(new Verdict.Escalation(
                new Objection(Objection.Code.UNCODED, List.of("198.51.100.0/23 is wider than /24")), Role.ADMIN));
        assertThat(report.summary()).isEqualTo("CollateralPolicy: 198.51.100.0/23 is wider than /24 (needs ADMIN)");
    }
}
