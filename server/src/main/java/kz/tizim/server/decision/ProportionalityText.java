package kz.tizim.server.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.tizim.core.account.Role;
import kz.tizim.core.proportionality.Assessment;
import kz.tizim.core.proportionality.Objection;
import kz.tizim.core.proportionality.ProportionalityReport;
import kz.tizim.core.proportionality.Verdict;

/**
 * A proportionality report as stored with a draft: one line per policy,
 * {@code policy TAB PASS|REJECTION|ESCALATION:ROLE TAB english reason [TAB code {TAB argument}]}.
 * The English reason is kept for people reading the table; the code and its arguments are what the
 * console words in its language. Lines written before objections had codes end after the reason
 * and read back as {@link Objection.Code#UNCODED}.
 */
final class ProportionalityText {

    private ProportionalityText() {
    }

    static String write(ProportionalityReport report) {
        var text = new StringBuilder();
        for (Assessment a : report.assessments()) {
            String verdict = "PASS";
            Objection objection = null;
            if (a.verdict() instanceof Verdict.Rejection r) {
                verdict = "REJECTION";
                objection = r.objection();
            } else if (a.verdict() instanceof Verdict.Escalation e) {
                verdict = "ESCALATION:" + e.requiredRole().name();
                objection = e.objection();
            }
            text.append(a.policy()).append('\t').append(verdict).append('\t');
            if (objection != null) {
                text.append(flat(objection.english())).append('\t').append(objection.code().name());
                for (String arg : objection.args()) {
                    text.append('\t').append(flat(arg));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    static ProportionalityReport read(String text) {
        List<Assessment> assessments = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            Verdict verdict;
            if (parts[1].equals("REJECTION")) {
                verdict = new Verdict.Rejection(objection(parts));
            } else if (parts[1].startsWith("ESCALATION:")) {
                verdict = new Verdict.Escalation(objection(parts),
                        Role.valueOf(parts[1].substring("ESCALATION:".length())));
            } else {
                verdict = Verdict.PASS;
            }
            assessments.add(new Assessment(parts[0], verdict));
        }
        return new ProportionalityReport(assessments);
    }

    private static Objection objection(String[] parts) {
        String english = parts.length > 2 ? parts[2] : "";
        if (parts.length < 4) {
            return new Objection(Objection.Code.UNCODED, List.of(english));
        }
        return new Objection(Objection.Code.valueOf(parts[3]), Arrays.asList(parts).subList(4, parts.length));
    }

    private static String flat(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
