package kz.tizim.server.catalogue;

import java.util.List;
import kz.tizim.core.legal.CatalogueFileResult;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.LegalCatalogueFile;
import kz.tizim.server.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a legal officer reads before deciding: the proposals, and one proposal against the version it edits. */
@Service
class CatalogueProposals {

    /**
     * One proposal as the approver sees it.
     *
     * @param base the version the proposal edits
     * @param current the version in force now (differs from {@code base} when the proposal is stale)
     */
    record Review(CatalogueVersionEntry proposal, CatalogueVersionEntry base, CatalogueVersionEntry current,
            List<LineDiff.Hunk> hunks, List<CatalogueChanges.EntryChange> changes, long becomesVerified) {

        public boolean stale() {
            return proposal.status() == CatalogueStatus.PROPOSED && base.number() != current.number();
        }
    }

    private final CatalogueVersionsJdbcRepository versions;
    private final LegalCatalogues catalogues;

    CatalogueProposals(CatalogueVersionsJdbcRepository versions, LegalCatalogues catalogues) {
        this.versions = versions;
        this.catalogues = catalogues;
    }

    List<CatalogueVersionEntry> latest() {
        return versions.proposals(100);
    }

    /** The text a new proposal starts from: the version in force, with the next version number. */
    String draft() {
        CatalogueVersionEntry current = catalogues.currentEntry();
        return ProposingCatalogueEdit.withVersion(versions.content(current.id()), current.number() + 1);
    }

    @Transactional(readOnly = true)
    Review review(long id) {
        CatalogueVersionEntry proposal = versions.byId(id).filter(entry -> entry.baseNumber() != null)
                .orElseThrow(() -> new NotFoundException("catalogue proposal " + id));
        CatalogueVersionEntry base = catalogues.entry(proposal.baseNumber());
        String proposedText = versions.content(proposal.id());
        var hunks = LineDiff.hunks(versions.content(base.id()), proposedText);
        LegalCatalogue before = catalogues.load(base);
        LegalCatalogue after = parse(proposedText);
        var changes = CatalogueChanges.between(before, after);
        return new Review(proposal, base, catalogues.currentEntry(), hunks, changes,
                CatalogueChanges.verifiedCount(changes));
    }

    private static LegalCatalogue parse(String text) {
        // Proposals were validated when stored; a text that no longer parses is a defect worth a 500.
        return ((CatalogueFileResult.Parsed) LegalCatalogueFile.parse(LegalCatalogues.FILE_NAME, text)).catalogue();
    }
}
