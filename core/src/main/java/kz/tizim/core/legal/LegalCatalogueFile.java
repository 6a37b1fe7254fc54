package kz.tizim.core.legal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalogue as a reviewed text file: one {@code [type id]} section per entry, one
 * {@code key = value} per line, {@code #} comments. One line per fact keeps diffs reviewable.
 *
 * <pre>
 * format = tizim-legal-catalogue/1
 * version = 1
 *
 * [category CSAM]                       # one per OffenceCategory
 * urgency = IMMEDIATE                   # IMMEDIATE | ORDINARY
 * decide-within = PT1H                  # ISO-8601 duration, or "3 working days"
 * owner-complies-within = PT1H
 * notice-before-restriction = no        # yes | no
 * locators = HASHES_ONLY                # PUBLISHED | HASHES_ONLY
 *
 * [jurisdiction US]                     # ISO 3166 alpha-2, EU, or an instrument id
 * name = United States
 * kind = STATE                          # STATE | UNION | INSTRUMENT
 *
 * [basis KZ-CC-256]
 * kind = CRIMINAL_OFFENCE               # see BasisKind
 * category = TERRORISM_PROPAGANDA
 * subtype =                             # optional, refines OTHER
 * citation = Criminal Code ... art. 256
 * summary.kk = ...
 * summary.ru = ...
 * summary.en = ...
 * measures = ACCESS_RESTRICTION, REMOVAL_NOTICE     # see Measure
 * status = TO_VERIFY                    # VERIFIED | TO_VERIFY
 * note = [S1][S3] ...
 *
 * [provision US-USC17-506]              # id starts with the jurisdiction code
 * jurisdiction = US
 * category = COPYRIGHT
 * coverage = NARROWER                   # see Coverage
 * requires = COMMERCIAL_SCALE           # optional, see Fact
 * citation = 17 U.S.C. 506(a)
 * summary = ...
 * status = TO_VERIFY
 * note = [GK] ...
 * </pre>
 *
 * The version's SHA-256 is taken over the UTF-8 text exactly as read, comments included.
 */
public final class LegalCatalogueFile {

    /** Classpath location of the bundled, reviewed catalogue. */
    public static final String BUNDLED = "/kz/tizim/core/legal/legal-catalogue.txt";

    private LegalCatalogueFile() {
    }

    /**
     * Parses a catalogue file.
     *
     * @param fileName used in problem messages ({@code file:line: reason})
     */
    public static CatalogueFileResult parse(String fileName, Reader reader) throws IOException {
        var text = new StringWriter();
        reader.transferTo(text);
        return CatalogueFileParser.parse(fileName, text.toString());
    }

    public static CatalogueFileResult parse(String fileName, String text) {
        return CatalogueFileParser.parse(fileName, text);
    }

    /**
     * The catalogue shipped in the jar. A malformed bundled file is a build defect (tests parse it),
     * so it fails loudly here.
     */
    public static LegalCatalogue bundled() {
        try (InputStream in = LegalCatalogueFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled legal catalogue missing from the classpath: " + BUNDLED);
            }
            String fileName = BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1);
            var result = parse(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
            if (result instanceof CatalogueFileResult.Parsed parsed) {
                return parsed.catalogue();
            }
            throw new IllegalStateException("bundled legal catalogue is malformed:" + System.lineSeparator() + result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
