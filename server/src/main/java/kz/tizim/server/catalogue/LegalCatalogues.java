package kz.tizim.server.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.tizim.core.legal.CatalogueFileResult;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.LegalCatalogueFile;
import kz.tizim.server.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The legal catalogue as the rest of Tizim reads it: the version in force, and every version ever
 * in force, so that a decision or a request re-reads exactly the catalogue it cited.
 *
 * <p>Approved texts never change (the table refuses it), so parsed versions are cached for the
 * life of the application; each parse checks the stored SHA-256 again.
 */
@Service
public class LegalCatalogues {

    /** The name problems and parsed versions carry: the repository file's own name. */
    static final String FILE_NAME = LegalCatalogueFile.BUNDLED.substring(LegalCatalogueFile.BUNDLED.lastIndexOf('/') + 1);

    private final CatalogueVersionsJdbcRepository versions;
    private final Map<Long, LegalCatalogue> parsed = new ConcurrentHashMap<>();

    LegalCatalogues(CatalogueVersionsJdbcRepository versions) {
        this.versions = versions;
    }

    /** The catalogue in force now. Cite {@code current().version()} with whatever uses it. */
    public LegalCatalogue current() {
        return load(currentEntry());
    }

    /**
     * A version that was in force at some time (current or superseded).
     *
     * @throws NotFoundException if no approved version has this number
     */
    public LegalCatalogue version(int number) {
        return find(number).orElseThrow(() -> new NotFoundException("legal catalogue version " + number));
    }

    /**
     * The version a decision cited, checked against the hash it stored.
     *
     * @throws NotFoundException if there is no such version, or its hash differs from the cited one
     */
    public LegalCatalogue version(CatalogueVersion cited) {
        LegalCatalogue catalogue = version(cited.number());
        if (!catalogue.version().equals(cited)) {
            throw new NotFoundException("legal catalogue " + cited.label());
        }
        return catalogue;
    }

    /** A version that was in force at some time, if there is one with this number. */
    public Optional<LegalCatalogue> find(int number) {
        return versions.approved(number).map(this::load);
    }

    /** Every version that was ever in force, newest first, with who approved it and why. */
    public List<CatalogueVersionEntry> history() {
        return versions.approvedHistory();
    }

    /** The exact file text of an approved version; its SHA-256 is the version's hash. */
    public String text(int number) {
        CatalogueVersionEntry entry = versions.approved(number)
                .orElseThrow(() -> new NotFoundException("legal catalogue version " + number));
        return versions.content(entry.id());
    }

    /** The record of an approved version (who proposed and approved it, and why). */
    CatalogueVersionEntry entry(int number) {
        return versions.approved(number)
                .orElseThrow(() -> new NotFoundException("legal catalogue version " + number));
    }

    CatalogueVersionEntry currentEntry() {
        return versions.current().orElseThrow(() -> new IllegalStateException(
                "no legal catalogue in force; migration V11 imports the bundled one"));
    }

    /** Parses a stored text (cached by row), refusing one whose hash or number is not what was stored. */
    LegalCatalogue load(CatalogueVersionEntry entry) {
        return parsed.computeIfAbsent(entry.id(), id -> {
            CatalogueFileResult result = LegalCatalogueFile.parse(FILE_NAME, versions.content(id));
            if (!(result instanceof CatalogueFileResult.Parsed ok)) {
                throw new IllegalStateException("stored legal catalogue v" + entry.number() + " no longer parses:"
                        + System.lineSeparator() + result);
            }
            if (!ok.catalogue().version().equals(entry.version())) {
                throw new IllegalStateException("stored legal catalogue v" + entry.number() + " does not match its "
                        + "recorded hash: stored " + entry.version().label() + ", text " + ok.catalogue().version().label());
            }
            return ok.catalogue();
        });
    }
}
