package kz.tizim.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.core.legal.DualCriminalityVerdict.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdict table over the bundled catalogue. Facts are {@code FACT=yes|no} separated by
 * {@code ;}, or {@code -} when nothing is known. A change of data that flips a verdict must show
 * up here, so the reviewer of a catalogue edit sees its legal effect.
 */
class DualCriminalityMatrixTest {

    private static final DualCriminality DUAL_CRIMINALITY = new DualCriminality(LegalCatalogueFile.bundled());

    @ParameterizedTest(name = "{0} in {1} with {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # copyright: criminal only at commercial scale in the US, China, Russia and the Budapest Convention
            KZ-CC-198         | US           | COMMERCIAL_SCALE=no                                       | NOT_SATISFIED
            KZ-CC-198         | US           | COMMERCIAL_SCALE=yes                                      | SATISFIED
            KZ-CC-198         | US           | -                                                         | UNCERTAIN
            KZ-CC-198         | COE-BUDAPEST | COMMERCIAL_SCALE=no                                       | NOT_SATISFIED
            KZ-CC-198         | COE-BUDAPEST | COMMERCIAL_SCALE=yes                                      | SATISFIED
            KZ-CC-198         | CN           | COMMERCIAL_SCALE=no                                       | NOT_SATISFIED
            KZ-CC-198         | RU           | COMMERCIAL_SCALE=no                                       | NOT_SATISFIED
            KZ-CC-198         | DE           | COMMERCIAL_SCALE=no                                       | SATISFIED
            KZ-CC-198         | FR           | COMMERCIAL_SCALE=no                                       | SATISFIED
            KZ-CC-198         | TR           | -                                                         | SATISFIED
            KZ-CC-198         | GB           | COMMERCIAL_SCALE=yes                                      | UNCERTAIN
            KZ-CC-198         | EU           | COMMERCIAL_SCALE=yes                                      | UNCERTAIN
            KZ-CC-198         | KG           | -                                                         | UNCERTAIN
            # terrorism propaganda: protected speech in the US unless imminent incitement or FTO coordination
            KZ-CC-256         | US           | INCITES_IMMINENT_VIOLENCE=no;DESIGNATED_ORGANISATION=no   | NOT_SATISFIED
            KZ-CC-256         | US           | -                                                         | UNCERTAIN
            KZ-CC-256         | US           | DESIGNATED_ORGANISATION=yes                               | SATISFIED
            KZ-CC-256         | US           | INCITES_IMMINENT_VIOLENCE=yes                             | SATISFIED
            KZ-CC-256         | DE           | -                                                         | SATISFIED
            KZ-CC-256         | RU           | -                                                         | SATISFIED
            KZ-CC-256         | GB           | -                                                         | SATISFIED
            KZ-CC-256         | EU           | -                                                         | SATISFIED
            KZ-CC-256         | COE-BUDAPEST | -                                                         | UNCERTAIN
            KZ-CC-256         | KG           | -                                                         | UNCERTAIN
            # incitement of discord: protected speech in the US; narrower (hatred or violence) in DE, GB
            KZ-CC-174         | US           | INCITES_IMMINENT_VIOLENCE=no                              | NOT_SATISFIED
            KZ-CC-179         | US           | INCITES_IMMINENT_VIOLENCE=no                              | NOT_SATISFIED
            KZ-CC-179         | US           | INCITES_IMMINENT_VIOLENCE=yes                             | SATISFIED
            KZ-CC-174         | DE           | INCITES_HATRED_OR_VIOLENCE=no                             | NOT_SATISFIED
            KZ-CC-174         | DE           | INCITES_HATRED_OR_VIOLENCE=yes                            | SATISFIED
            KZ-CC-174         | DE           | -                                                         | UNCERTAIN
            KZ-CC-174         | GB           | INCITES_HATRED_OR_VIOLENCE=no                             | NOT_SATISFIED
            KZ-CC-174         | RU           | -                                                         | SATISFIED
            KZ-CC-180         | UZ           | -                                                         | SATISFIED
            KZ-CC-174         | KG           | -                                                         | UNCERTAIN
            # organisational extremism offences are never weighed against free-speech rules
            KZ-CC-258         | US           | INCITES_IMMINENT_VIOLENCE=no                              | UNCERTAIN
            # CSAM: US needs a real minor, virtual material only if obscene
            KZ-CC-312         | US           | DEPICTS_REAL_MINOR=yes                                    | SATISFIED
            KZ-CC-312         | US           | DEPICTS_REAL_MINOR=no                                     | UNCERTAIN
            KZ-CC-312         | US           | -                                                         | UNCERTAIN
            KZ-CC-312         | DE           | -                                                         | SATISFIED
            KZ-CC-312         | COE-BUDAPEST | -                                                         | SATISFIED
            KZ-CC-312         | UZ           | -                                                         | UNCERTAIN
            # drugs
            KZ-CC-297         | NL           | -                                                         | SATISFIED
            KZ-CC-299-1       | US           | -                                                         | SATISFIED
            KZ-CC-297         | EU           | -                                                         | UNCERTAIN
            # gambling: no offence where the operator is licensed by the host state
            KZ-CC-307         | DE           | HOST_LICENCE_ABSENT=no                                    | NOT_SATISFIED
            KZ-CC-307         | DE           | HOST_LICENCE_ABSENT=yes                                   | SATISFIED
            KZ-CC-307         | GB           | -                                                         | UNCERTAIN
            KZ-CC-307         | CN           | -                                                         | SATISFIED
            # fraud
            KZ-CC-190         | FR           | -                                                         | SATISFIED
            KZ-CC-190         | COE-BUDAPEST | -                                                         | SATISFIED
            KZ-CC-190         | EU           | -                                                         | UNCERTAIN
            # suicide: no offence in Germany, state law in the US
            KZ-CC-105         | DE           | -                                                         | NOT_SATISFIED
            KZ-CC-105         | GB           | -                                                         | SATISFIED
            KZ-CC-105         | US           | -                                                         | UNCERTAIN
            KZ-CC-105         | CN           | -                                                         | UNCERTAIN
            # personal data: administrative at EU level, criminal in the UK
            KZ-CC-147         | GB           | -                                                         | SATISFIED
            KZ-CC-147         | EU           | -                                                         | UNCERTAIN
            KZ-CC-147         | NL           | -                                                         | UNCERTAIN
            # false information: protected speech in the US
            KZ-CC-274         | US           | -                                                         | NOT_SATISFIED
            KZ-CC-274         | TR           | -                                                         | SATISFIED
            KZ-CC-274         | DE           | -                                                         | UNCERTAIN
            # no data, or not a criminal basis
            KZ-CC-198         | JP           | COMMERCIAL_SCALE=yes                                      | UNCERTAIN
            KZ-CC-256         | XX           | -                                                         | UNCERTAIN
            KZ-CAO-COPYRIGHT  | DE           | -                                                         | UNCERTAIN
            KZ-LAW-COMMS-41-1 | US           | -                                                         | UNCERTAIN
            """)
    void assessesDualCriminality(String basisId, String country, String facts, Outcome expected) {
        LegalBasis basis = LegalCatalogueFile.bundled().basis(new LegalBasisId(basisId)).orElseThrow();

        var verdict = DUAL_CRIMINALITY.assess(basis, JurisdictionCode.parse(country), facts(facts));

        assertThat(verdict.outcome()).as(verdict.explanation()).isEqualTo(expected);
    }

    static CaseFacts facts(String text) {
        var facts = CaseFacts.unknown();
        if (text.equals("-")) {
            return facts;
        }
        for (String pair : text.split(";")) {
            String[] parts = pair.split("=");
            facts = facts.with(Fact.valueOf(parts[0]), parts[1].equals("yes"));
        }
        return facts;
    }
}
