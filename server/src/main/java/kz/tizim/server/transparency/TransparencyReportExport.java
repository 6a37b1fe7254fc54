package kz.tizim.server.transparency;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.tizim.core.account.Actor;
import kz.tizim.server.job.LongOperation;
import kz.tizim.server.job.Progress;
import org.springframework.stereotype.Component;

/**
 * The whole transparency report as a ZIP of its tables, one CSV per figure (the same files as
 * {@code /transparency/{figure}.csv}), each figure computed afresh from the database. Progress counts
 * the figures computed. Reads only, so a restart queues it again.
 */
@Component
class TransparencyReportExport implements LongOperation {

    static final String KIND = "transparency-report";

    private final TransparencyFigures figures;
    private final OpenDataDumps dumps;

    TransparencyReportExport(TransparencyFigures figures, OpenDataDumps dumps) {
        this.figures = figures;
        this.dumps = dumps;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean permits(Actor actor) {
        return true;
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public String form() {
        return "transparency/operations :: transparency-report";
    }

    @Override
    public Checked check(Map<String, String> given) {
        LocalDate today = dumps.today();
        return new Valid(Map.of("asOf", today.toString()), "tizim-transparency-report-" + today + ".zip",
                "application/zip");
    }

    @Override
    public void run(Request request, Progress progress, OutputStream out) throws IOException {
        progress.total(TransparencyFigures.IDS.size());
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (String id : TransparencyFigures.IDS) {
                Figure figure = figures.byId(id).orElseThrow();
                zip.putNextEntry(new ZipEntry(id + ".csv"));
                zip.write(Csv.figure(figure).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                progress.advance();
            }
        }
    }
}
