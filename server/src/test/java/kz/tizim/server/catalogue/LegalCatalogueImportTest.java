package kz.tizim.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.LegalCatalogueFile;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Flyway imports the reviewed file in the repository as version 1, and history cannot be rewritten. */
@TizimSpringBootTest
class LegalCatalogueImportTest {

    @Autowired
    LegalCatalogues catalogues;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMigrationImportsTheBundledFileAsVersionOne() {
        LegalCatalogue bundled = LegalCatalogueFile.bundled();

        LegalCatalogue first = catalogues.version(1);

        assertThat(first.version()).isEqualTo(bundled.version());
        assertThat(first.version().number()).isEqualTo(1);
        assertThat(first.bases()).isEqualTo(bundled.bases());
        assertThat(first.provisions()).isEqualTo(bundled.provisions());
        assertThat(catalogues.history()).last().satisfies(entry -> {
            assertThat(entry.number()).isEqualTo(1);
            assertThat(entry.sha256()).isEqualTo(bundled.version().sha256());
            assertThat(entry.proposedBy()).isEqualTo("system:migration");
        });
    }

    @Test
    void theStoredTextIsTheBundledFileByteForByte() throws Exception {
        String bundledText;
        try (var in = LegalCatalogueFile.class.getResourceAsStream(LegalCatalogueFile.BUNDLED)) {
            bundledText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(catalogues.text(1)).isEqualTo(bundledText);
        assertThat(CatalogueApiTest.sha256(catalogues.text(1))).isEqualTo(LegalCatalogueFile.bundled().version().sha256());
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteAVersion() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE legal_catalogue_version SET content = 'x' WHERE number = 1").update())
                .rootCause().hasMessageContaining("never change");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM legal_catalogue_version").update())
                .rootCause().hasMessageContaining("kept forever");
        assertThatThrownBy(() -> jdbc.sql("UPDATE legal_catalogue_version SET status = 'PROPOSED' WHERE number = 1")
                .update()).rootCause().hasMessageContaining("cannot go from");
        assertThat(catalogues.text(1)).startsWith("# Tizim legal catalogue.");
    }
}
