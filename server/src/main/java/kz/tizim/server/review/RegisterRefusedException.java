package kz.tizim.server.review;

import kz.tizim.core.caseflow.CaseId;
import org.jspecify.annotations.Nullable;

/** The register refused a restriction change; the case step that caused it is rolled back. */
public class RegisterRefusedException extends RuntimeException {

    RegisterRefusedException(@Nullable CaseId caseId, String rule) {
        super("the register refused the change" + (caseId == null ? "" : " of case " + caseId) + ": " + rule);
    }
}
