package kz.tizim.core.crossborder;

import java.util.List;
import java.util.stream.Collectors;
import kz.tizim.match.locator.Locator;

/**
 * The request's annex as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break): one row per locator, with the decision, the legal bases on both sides,
 * the verdict and the evidence hashes with their capture times.
 */
public final class CsvAnnex {

    public static final List<String> HEADER = List.of("request", "country", "site", "category", "urgency",
            "decision", "kz_basis", "kz_provision", "dual_criminality", "host_provisions", "locator_kind", "locator",
            "evidence_sha256", "evidence_captured");

    private CsvAnnex() {
    }

    public static String write(CrossBorderRequest request) {
        var out = new StringBuilder();
        row(out, HEADER);
        for (RequestSite site : request.sites()) {
            String hashes = site.evidence().stream().map(EvidenceRef::sha256).collect(Collectors.joining(" "));
            String captured = site.evidence().stream().map(e -> StixAnnex.timestamp(e.capturedAt()))
                    .collect(Collectors.joining(" "));
            for (String line : site.locators()) {
                Locator locator = Locator.parse(line);
                row(out, List.of(request.id().reference(), request.country().value(), site.site().value(),
                        site.category().name(), site.urgency().name(), site.decision().value(), site.basis(),
                        site.basisCitation(), site.verdict().name(), String.join("; ", site.foreignProvisions()),
                        locator.kind().toString(), locator.value(), hashes, captured));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append("\r\n");
    }
}
