package kz.tizim.cli.legal;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.cli.CliDriver;
import kz.tizim.cli.CliDriver.CliResult;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.GapMatrixCsv;
import kz.tizim.core.legal.LegalCatalogueFile;
import org.junit.jupiter.api.Test;

/** {@code tizim legal check|matrix} as a user runs them, without server or database. */
class LegalCommandTest {

    @Test
    void checkShowsNonCommercialCopyrightInTheUsIsNotSatisfied() {
        CliResult result = CliDriver.run("legal", "check", "--basis", "KZ-CC-198", "--country", "US",
                "--no-commercial-scale");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .contains("verdict:    NOT_SATISFIED")
                .contains("basis:      KZ-CC-198  Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V,"
                        + " art. 198  [TO_VERIFY]")
                .contains("host:       US  United States")
                .contains("facts:      COMMERCIAL_SCALE=ruled out")
                .contains("DEFEATS   US-USC17-506  NARROWER  17 U.S.C. § 506(a); 18 U.S.C. § 2319  [TO_VERIFY]")
                .contains("requires COMMERCIAL_SCALE: ruled out")
                .contains("explanation:\n  Dual criminality is not satisfied.");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void checkWithCommercialScaleIsSatisfied() {
        CliResult result = CliDriver.run("legal", "check", "--basis", "KZ-CC-198", "--country", "us",
                "--commercial-scale");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("verdict:    SATISFIED", "SUPPORTS  US-USC17-506");
    }

    @Test
    void checkWithoutFactsSaysWhatMustBeEstablished() {
        CliResult result = CliDriver.run("legal", "check", "--basis", "KZ-CC-256", "--country", "US");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .contains("verdict:    UNCERTAIN")
                .contains("facts:      none given (unknown)")
                .contains("DEFEATS   US-BRANDENBURG  PROTECTED_SPEECH")
                .contains("It applies only if");
    }

    @Test
    void checkTakesOtherFactsByName() {
        CliResult protectedSpeech = CliDriver.run("legal", "check", "--basis", "KZ-CC-256", "--country", "US",
                "--ruled-out", "INCITES_IMMINENT_VIOLENCE,DESIGNATED_ORGANISATION");
        CliResult coordinated = CliDriver.run("legal", "check", "--basis", "KZ-CC-256", "--country", "US",
                "--established", "DESIGNATED_ORGANISATION");

        assertThat(protectedSpeech.stdout()).contains("verdict:    NOT_SATISFIED");
        assertThat(coordinated.stdout()).contains("verdict:    SATISFIED", "SUPPORTS  US-USC18-2339B");
    }

    @Test
    void checkForACountryWithoutDataIsUncertain() {
        CliResult result = CliDriver.run("legal", "check", "--basis", "KZ-CC-256", "--country", "XX");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("verdict:    UNCERTAIN", "provisions: none", "no catalogue data for XX");
    }

    @Test
    void checkWithAnUnknownBasisFailsAndListsValidIds() {
        CliResult result = CliDriver.run("legal", "check", "--basis", "KZ-CC-999", "--country", "DE");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .startsWith("error: unknown legal basis 'KZ-CC-999'; valid ids include KZ-CC-198, KZ-CAO-COPYRIGHT,")
                .contains("KZ-CC-256")
                .contains("(24 in total)");
    }

    @Test
    void checkWithAMalformedCountryOrMissingBasisIsAUsageError() {
        CliResult badCountry = CliDriver.run("legal", "check", "--basis", "KZ-CC-256", "--country", "U$");
        CliResult noBasis = CliDriver.run("legal", "check", "--country", "DE");
        CliResult badFact = CliDriver.run("legal", "check", "--basis", "KZ-CC-256", "--country", "US",
                "--established", "IMMINENT");

        assertThat(badCountry.exitCode()).isEqualTo(2);
        assertThat(badCountry.stderr()).contains("not a jurisdiction code", "see 'tizim legal check --help'");
        assertThat(noBasis.exitCode()).isEqualTo(2);
        assertThat(noBasis.stderr()).contains("--basis");
        assertThat(badFact.exitCode()).isEqualTo(2);
        assertThat(badFact.stderr()).contains("COMMERCIAL_SCALE");
    }

    @Test
    void matrixPrintsTheRfc4180CsvOfTheBundledCatalogue() {
        CliResult result = CliDriver.run("legal", "matrix", "--format", "csv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .startsWith("category,KZ,RU,KG,UZ,CN,TR,DE,NL,FR,GB,US,EU,COE-BUDAPEST\r\n")
                .isEqualTo(GapMatrixCsv.render(GapMatrix.of(LegalCatalogueFile.bundled())));
    }

    @Test
    void matrixRefusesFormatsOtherThanCsv() {
        CliResult result = CliDriver.run("legal", "matrix", "--format", "html");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("expected one of [csv]", "see 'tizim legal matrix --help'");
    }
}
