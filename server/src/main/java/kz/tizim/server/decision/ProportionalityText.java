package kz.tizim.server.decision;

import java.util.ArrayList;
import java.util.List;
import kz.tizim.core.account.Role;
import kz.tizim.core.proportionality.Assessment;
import kz.tizim.core.proportionality.ProportionalityReport;
import kz.tizim.core.proportionality.Verdict;

/**
 * A proportionality report as stored with a draft: one line per policy,
 * {@code policy TAB PASS|REJECTION|ESCALATION:ROLE TAB reason}.
 */
final class ProportionalityText {

    private ProportionalityText() {
    }

    static String write(ProportionalityReport report) {
        var text = new StringBuilder();
        for (Assessment a : report.assessments()) {
            String verdict = "PASS";
            String reason = "";
            if (a.verdict() instanceof Verdict.Rejection r) {
                verdict = "REJECTION";
                reason = r.reason();
            } else if (a.verdict() instanceof Verdict.Escalation e) {
                verdict = "ESCALATION:" + e.requiredRole().name();
                reason = e.reason();
            }
            text.append(a.policy()).append('\t').append(verdict).append('\t')
                    .append(reason.replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        return text.toString();
    }

    static ProportionalityReport read(String text) {
        List<Assessment> assessments = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            String reason = parts.length > 2 ? parts[2] : "";
            Verdict verdict;
            if (parts[1].equals("REJECTION")) {
                verdict = new Verdict.Rejection(reason);
            } else if (parts[1].startsWith("ESCALATION:")) {
                verdict = new Verdict.Escalation(reason, Role.valueOf(parts[1].substring("ESCALATION:".length())));
            } else {
                verdict = Verdict.PASS;
            }
            assessments.add(new Assessment(parts[0], verdict));
        }
        return new ProportionalityReport(assessments);
    }
}
