package kz.tizim.cli.legal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.GapMatrixCsv;
import kz.tizim.core.legal.LegalCatalogueFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tizim legal matrix --format csv}: the intercalibration gap matrix. */
@Command(name = "matrix",
        description = "Print the gap matrix: offence category by jurisdiction, Kazakh bases first.",
        footer = {"", "CSV follows RFC 4180 (CRLF line ends, quoted fields)."})
public final class MatrixCommand implements Callable<Integer> {

    /** Output formats; only CSV for now, so anything else is a usage error. */
    enum Format {
        csv
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.csv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(GapMatrixCsv.render(GapMatrix.of(LegalCatalogueFile.bundled())));
        out.flush();
        return 0;
    }
}
