package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import kz.tizim.core.legal.CatalogueFileResult;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.LegalCatalogueFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Imports the reviewed catalogue file bundled in the jar as the first version in force. From then
 * on the database is authoritative: legal officers change the catalogue through proposals and
 * approvals, each approval making a new version.
 *
 * <p>The stored text is the file exactly as read, so its SHA-256 is the one
 * {@link LegalCatalogueFile#bundled()} reports.
 */
public class V11__Import_bundled_legal_catalogue extends BaseJavaMigration {

    static final String IMPORTER = "system:migration";

    @Override
    public void migrate(Context context) throws Exception {
        String text = bundledText();
        String fileName = LegalCatalogueFile.BUNDLED.substring(LegalCatalogueFile.BUNDLED.lastIndexOf('/') + 1);
        CatalogueFileResult result = LegalCatalogueFile.parse(fileName, text);
        if (!(result instanceof CatalogueFileResult.Parsed parsed)) {
            throw new IllegalStateException("the bundled legal catalogue does not parse:" + System.lineSeparator()
                    + result);
        }
        CatalogueVersion version = parsed.catalogue().version();
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                INSERT INTO legal_catalogue_version (number, base_number, sha256, content, status, proposed_by,
                                                     proposed_at, reason, decided_by, decided_at, decision_note)
                VALUES (?, NULL, ?, ?, 'CURRENT', ?, now(), ?, ?, now(), ?)""")) {
            insert.setInt(1, version.number());
            insert.setString(2, version.sha256());
            insert.setString(3, text);
            insert.setString(4, IMPORTER);
            insert.setString(5, "Imported from the reviewed file " + fileName + " in the repository.");
            insert.setString(6, IMPORTER);
            insert.setString(7, "Entries marked TO_VERIFY need a lawyer's review before they are relied on.");
            insert.executeUpdate();
        }
    }

    private static String bundledText() throws IOException {
        try (InputStream in = LegalCatalogueFile.class.getResourceAsStream(LegalCatalogueFile.BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled legal catalogue missing: " + LegalCatalogueFile.BUNDLED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
