package kz.tizim.server.transparency;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.server.job.LongOperation;
import kz.tizim.server.job.Progress;
import kz.tizim.server.transparency.OpenDataDumps.Dump;
import org.springframework.stereotype.Component;

/**
 * The open-data dump of a period, on demand, as a long operation: one dataset (decisions or
 * register changes) in one format (gzip CSV or JSON Lines), for the days {@code from} to {@code to}
 * inclusive, written exactly like the daily files (same fields, same redaction). Progress counts the
 * records written against the records of the period. Published data only, so any signed-in person
 * or client may ask; running it again writes the same file, so a restart queues it again.
 */
@Component
class OpenDataExport implements LongOperation {

    static final String KIND = "open-data-export";

    private final OpenDataDumps dumps;

    OpenDataExport(OpenDataDumps dumps) {
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
        return "transparency/operations :: open-data-export";
    }

    @Override
    public Checked check(Map<String, String> given) {
        String dataset = given.getOrDefault("dataset", "").strip();
        String format = given.getOrDefault("format", "").strip();
        Optional<Dump> dump = Dump.byFile(dataset + "." + format + ".gz");
        if (!dataset.equals("decisions") && !dataset.equals("register-changes")) {
            return Invalid.of("job.open-data.invalid.dataset", dataset);
        }
        if (dump.isEmpty()) {
            return Invalid.of("job.open-data.invalid.format", format);
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(given.getOrDefault("from", "").strip());
            to = LocalDate.parse(given.getOrDefault("to", "").strip());
        } catch (DateTimeParseException e) {
            return Invalid.of("job.open-data.invalid.date", e.getParsedString());
        }
        if (to.isBefore(from)) {
            return Invalid.of("job.open-data.invalid.order", from.toString(), to.toString());
        }
        if (to.isAfter(dumps.today())) {
            return Invalid.of("job.open-data.invalid.future", to.toString());
        }
        return new Valid(Map.of("dataset", dataset, "format", format, "from", from.toString(), "to", to.toString()),
                "tizim-" + dataset + "-" + from + "--" + to + "." + format + ".gz", "application/gzip");
    }

    @Override
    public void run(Request request, Progress progress, OutputStream out) throws IOException {
        Map<String, String> p = request.parameters();
        Dump dump = Dump.byFile(p.get("dataset") + "." + p.get("format") + ".gz").orElseThrow();
        dumps.export(LocalDate.parse(p.get("from")), LocalDate.parse(p.get("to")), dump, out,
                new OpenDataDumps.Records() {
                    @Override
                    public void total(long total) {
                        progress.total(total);
                    }

                    @Override
                    public void written() {
                        progress.advance();
                    }
                });
    }
}
