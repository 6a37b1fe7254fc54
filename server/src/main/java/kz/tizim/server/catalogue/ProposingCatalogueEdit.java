package kz.tizim.server.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.tizim.core.legal.CatalogueFileResult;
import kz.tizim.core.legal.FileProblem;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.LegalCatalogueFile;
import kz.tizim.server.audit.Auditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A legal officer proposes a new catalogue version. The text must parse (every problem is reported
 * as {@code file:line: reason}), state the next version number, and change something; only then is
 * it stored, as PROPOSED, for a second legal officer to approve.
 */
@Service
class ProposingCatalogueEdit {

    static final int MAX_CHARS = 2_000_000;
    static final int MAX_REASON = 2000;
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^[ \\t]*version[ \\t]*=.*$");

    private final CatalogueVersionsJdbcRepository versions;
    private final LegalCatalogues catalogues;
    private final Auditor auditor;
    private final Clock clock;

    ProposingCatalogueEdit(CatalogueVersionsJdbcRepository versions, LegalCatalogues catalogues, Auditor auditor,
            Clock clock) {
        this.versions = versions;
        this.catalogues = catalogues;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Transactional
    ProposalOutcome propose(ProposeCatalogueEditCommand command) {
        if (!GovernancePolicies.isLegalOfficer(command.actor())) {
            auditor.record(command.actor(), "CATALOGUE_EDIT_REFUSED", "legal-catalogue",
                    Refusal.NOT_A_LEGAL_OFFICER.english());
            return new ProposalOutcome.Refused(Refusal.NOT_A_LEGAL_OFFICER);
        }
        String reason = command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            return new ProposalOutcome.Refused(Refusal.REASON_REQUIRED);
        }
        String text = normaliseLineEnds(command.text());
        CatalogueVersionEntry base = catalogues.currentEntry();
        List<FileProblem> problems = problems(text, base);
        if (!problems.isEmpty()) {
            return new ProposalOutcome.Invalid(problems);
        }
        LegalCatalogue proposed = parsed(text);
        int number = proposed.version().number();
        long id = versions.insertProposal(number, base.number(), proposed.version().sha256(), text,
                command.actor().name(), clock.instant(), reason);
        auditor.record(command.actor(), "CATALOGUE_EDIT_PROPOSED", "legal-catalogue-proposal:" + id,
                "v" + number + " sha256 " + proposed.version().sha256() + " edits v" + base.number() + "; reason: "
                        + reason);
        return new ProposalOutcome.Proposed(id, number);
    }

    /** Everything wrong with {@code text} as the successor of {@code base}; empty when it may be proposed. */
    List<FileProblem> problems(String text, CatalogueVersionEntry base) {
        String file = LegalCatalogues.FILE_NAME;
        if (text.length() > MAX_CHARS) {
            return List.of(new FileProblem(file, 1, "the file is longer than " + MAX_CHARS + " characters"));
        }
        CatalogueFileResult result = LegalCatalogueFile.parse(file, text);
        if (result instanceof CatalogueFileResult.Rejected rejected) {
            return rejected.problems();
        }
        var problems = new ArrayList<FileProblem>();
        int number = parsed(text).version().number();
        if (number != base.number() + 1) {
            problems.add(new FileProblem(file, versionLine(text), "version must be " + (base.number() + 1)
                    + ": this proposal edits version " + base.number() + ", the version in force"));
        }
        String baseText = versions.content(base.id());
        if (withoutVersionLine(text).equals(withoutVersionLine(baseText))) {
            problems.add(new FileProblem(file, versionLine(text),
                    "the proposal changes nothing but the version number"));
        }
        return problems;
    }

    /** The text with its header's version line set to {@code number}: the start of a proposal form. */
    static String withVersion(String text, int number) {
        return VERSION_LINE.matcher(text).replaceFirst("version = " + number);
    }

    static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static LegalCatalogue parsed(String text) {
        return ((CatalogueFileResult.Parsed) LegalCatalogueFile.parse(LegalCatalogues.FILE_NAME, text)).catalogue();
    }

    private static int versionLine(String text) {
        Matcher matcher = VERSION_LINE.matcher(text);
        if (!matcher.find()) {
            return 1;
        }
        return (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String withoutVersionLine(String text) {
        return VERSION_LINE.matcher(text).replaceFirst("").strip();
    }
}
