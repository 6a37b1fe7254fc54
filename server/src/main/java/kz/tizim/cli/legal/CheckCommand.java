package kz.tizim.cli.legal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.DualCriminality;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.legal.Finding;
import kz.tizim.core.legal.ForeignProvision;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.LegalCatalogueFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tizim legal check --basis KZ-CC-256 --country US}: the dual-criminality verdict. */
@Command(name = "check",
        description = {"Assess dual criminality of a Kazakh legal basis in a host jurisdiction.",
            "Facts not given are unknown, which makes a verdict that turns on them UNCERTAIN."},
        footer = {"", "Exit codes: 0 verdict printed (any verdict), 1 unknown basis, 2 usage error.",
            "Entries marked TO_VERIFY are research notes; a lawyer must check them before a letter is sent."})
public final class CheckCommand implements Callable<Integer> {

    private static final int LISTED_IDS = 8;

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Option(names = "--basis", required = true, paramLabel = "KZ-ENTRY-ID",
            description = "Kazakh legal basis, e.g. KZ-CC-256.")
    String basisId = "";

    @Option(names = "--country", required = true, paramLabel = "CC", converter = JurisdictionCodeConverter.class,
            description = "Host: ISO 3166 alpha-2 code, EU, or an instrument such as COE-BUDAPEST.")
    @Nullable JurisdictionCode country;

    @Option(names = "--commercial-scale", negatable = true,
            description = "The infringement was (or, with --no-commercial-scale, was not) on a commercial scale.")
    @Nullable Boolean commercialScale;

    @Option(names = "--established", paramLabel = "FACT", split = ",",
            description = "Facts established: ${COMPLETION-CANDIDATES}.")
    List<Fact> established = new ArrayList<>();

    @Option(names = "--ruled-out", paramLabel = "FACT", split = ",", description = "Facts ruled out.")
    List<Fact> ruledOut = new ArrayList<>();

    @Override
    public Integer call() {
        LegalCatalogue catalogue = LegalCatalogueFile.bundled();
        Optional<LegalBasis> basis = find(catalogue, basisId);
        if (basis.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: unknown legal basis '" + basisId + "'; valid ids include " + someIds(catalogue)
                    + " (" + catalogue.bases().size() + " in total)");
            err.flush();
            return 1;
        }
        JurisdictionCode host = Objects.requireNonNull(country, "--country is required");
        DualCriminalityVerdict verdict = new DualCriminality(catalogue).assess(basis.get(), host, facts());
        print(spec.commandLine().getOut(), verdict);
        return 0;
    }

    private CaseFacts facts() {
        CaseFacts facts = CaseFacts.unknown();
        if (commercialScale != null) {
            facts = facts.with(Fact.COMMERCIAL_SCALE, commercialScale);
        }
        for (Fact fact : established) {
            facts = facts.with(fact, true);
        }
        for (Fact fact : ruledOut) {
            facts = facts.with(fact, false);
        }
        return facts;
    }

    private static void print(PrintWriter out, DualCriminalityVerdict verdict) {
        LegalBasis basis = verdict.basis();
        out.println("verdict:    " + verdict.outcome());
        out.println("basis:      " + basis.id() + "  " + basis.citation() + "  [" + basis.review().status() + "]");
        out.println("host:       " + verdict.host() + "  " + verdict.hostName());
        out.println("facts:      " + describe(verdict.facts()));
        out.println("provisions:" + (verdict.findings().isEmpty() ? " none" : ""));
        for (Finding finding : verdict.findings()) {
            ForeignProvision provision = finding.provision();
            out.println("  " + pad(finding.bearing().name(), 10) + provision.id() + "  " + provision.coverage() + "  "
                    + provision.citation() + "  [" + provision.review().status() + "]");
            finding.conditions().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(condition -> out.println("              requires " + condition.getKey() + ": "
                            + state(condition.getValue())));
        }
        out.println("explanation:");
        verdict.explanation().lines().forEach(line -> out.println("  " + line));
        out.flush();
    }

    private static String describe(CaseFacts facts) {
        if (facts.known().isEmpty()) {
            return "none given (unknown)";
        }
        return facts.known().keySet().stream().sorted()
                .map(fact -> fact + "=" + state(facts.state(fact)))
                .collect(Collectors.joining(", "));
    }

    private static String state(CaseFacts.State state) {
        return switch (state) {
            case ESTABLISHED -> "established";
            case RULED_OUT -> "ruled out";
            case UNKNOWN -> "unknown";
        };
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static Optional<LegalBasis> find(LegalCatalogue catalogue, String id) {
        try {
            return catalogue.basis(new LegalBasisId(id.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty(); // a malformed id is just another unknown one to the user
        }
    }

    private static String someIds(LegalCatalogue catalogue) {
        return catalogue.bases().stream().limit(LISTED_IDS).map(b -> b.id().value()).collect(Collectors.joining(", "));
    }
}
