package kz.tizim.core.proportionality;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.tizim.core.account.Role;

/** Every policy's verdict on a proposal, in policy order; shown to the reviewer and the approver. */
public record ProportionalityReport(List<Assessment> assessments) {

    public ProportionalityReport {
        assessments = List.copyOf(assessments);
    }

    /** Whether any policy forbids the scope. */
    public boolean rejected() {
        return !rejections().isEmpty();
    }

    public List<Assessment> rejections() {
        return assessments.stream().filter(a -> a.verdict() instanceof Verdict.Rejection).toList();
    }

    public List<Assessment> escalations() {
        return assessments.stream().filter(a -> a.verdict() instanceof Verdict.Escalation).toList();
    }

    /** The rejections and escalations, in policy order. */
    public List<Assessment> objections() {
        return assessments.stream().filter(a -> !(a.verdict() instanceof Verdict.Pass)).toList();
    }

    /** The roles the approver must hold, beyond the legal officer's, for the scope to be used. */
    public Set<Role> requiredRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Assessment assessment : assessments) {
            if (assessment.verdict() instanceof Verdict.Escalation escalation) {
                roles.add(escalation.requiredRole());
            }
        }
        return roles;
    }

    /** One line per objection ({@code Policy: reason}), for refusals and the reviewer's screen. */
    public String summary() {
        var lines = new StringBuilder();
        for (Assessment assessment : assessments) {
            Verdict verdict = assessment.verdict();
            String reason = null;
            if (verdict instanceof Verdict.Rejection rejection) {
                reason = rejection.reason();
            } else if (verdict instanceof Verdict.Escalation escalation) {
                reason = escalation.reason() + " (needs " + escalation.requiredRole() + ")";
            }
            if (reason != null) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append(assessment.policy()).append(": ").append(reason);
            }
        }
        return lines.toString();
    }
}
