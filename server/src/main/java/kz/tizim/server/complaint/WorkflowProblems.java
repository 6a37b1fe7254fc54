package kz.tizim.server.complaint;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.core.proportionality.Assessment;
import kz.tizim.core.proportionality.Objection;
import kz.tizim.core.proportionality.Verdict;
import kz.tizim.server.system.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Refusals of the case workflow as RFC 9457 problems. The problem type is the refusal's rule, so a
 * client can tell {@code FourEyesPolicy} from {@code IllegalTransition}; the status follows what
 * the rule protects: who may act (403), what exists (404), what was sent (400), what state the case
 * is in (409). A proportionality refusal lists its objections as
 * {@code objections: [{policy, verdict, code, args, text, requiredRole}]}: the code and arguments are
 * stable for clients that word them in their own language, the text is the English.
 */
public final class WorkflowProblems {

    static final URI TYPE_BASE = URI.create("https://tizim.kz/problems/");

    /** Rules about who may act. */
    private static final Set<String> FORBIDDING = Set.of(Refusal.NOT_AUTHORISED, "LegalOfficerPolicy",
            "FourEyesPolicy", "EscalationPolicy", "IndependentReviewPolicy");

    /** Rules about what the request carried. */
    private static final Set<String> INVALID = Set.of(Refusal.INVALID_REQUEST, "EvidencePolicy");

    private WorkflowProblems() {
    }

    public static HttpStatus status(Refusal refusal) {
        if (FORBIDDING.contains(refusal.rule())) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal.rule().equals(Refusal.NOT_FOUND)) {
            return HttpStatus.NOT_FOUND;
        }
        if (INVALID.contains(refusal.rule())) {
            return HttpStatus.BAD_REQUEST;
        }
        if (refusal.rule().equals("IdempotencyKey")) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        return HttpStatus.CONFLICT;
    }

    public static ProblemDetail problem(Refusal refusal) {
        HttpStatus status = status(refusal);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.message());
        problem.setTitle(status.getReasonPhrase());
        problem.setType(TYPE_BASE.resolve(refusal.rule()));
        problem.setProperty("rule", refusal.rule());
        problem.setProperty("requestId", RequestIds.current());
        if (!refusal.objections().isEmpty()) {
            problem.setProperty("objections", refusal.objections().stream().map(WorkflowProblems::objection).toList());
        }
        return problem;
    }

    private static Map<String, Object> objection(Assessment assessment) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("policy", assessment.policy());
        Objection objection;
        if (assessment.verdict() instanceof Verdict.Escalation escalation) {
            fields.put("verdict", "ESCALATION");
            objection = escalation.objection();
            fields.put("requiredRole", escalation.requiredRole().name());
        } else if (assessment.verdict() instanceof Verdict.Rejection rejection) {
            fields.put("verdict", "REJECTION");
            objection = rejection.objection();
        } else {
            return fields;
        }
        fields.put("code", objection.code().name());
        fields.put("args", List.copyOf(objection.args()));
        fields.put("text", objection.english());
        return fields;
    }

    public static ResponseEntity<ProblemDetail> response(Refusal refusal) {
        return ResponseEntity.status(status(refusal)).body(problem(refusal));
    }

    /** A 400 problem naming each offending field: {@code errors: [{field, message}]}. */
    public static ResponseEntity<ProblemDetail> invalidFields(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request has invalid fields: " + String.join(", ", errors.keySet()));
        problem.setTitle("Invalid request");
        problem.setType(TYPE_BASE.resolve("invalid-request"));
        problem.setProperty("errors", errors.entrySet().stream()
                .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A 404 problem that says the same whether the record is missing or belongs to someone else. */
    public static ResponseEntity<ProblemDetail> notFound(String what) {
        return response(Refusal.notFound(what + " not found"));
    }

}
