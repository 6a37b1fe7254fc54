package kz.tizim.core.notice;

import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;

/** Sent notices (port). */
public interface Notices {

    void save(Notice notice);

    /** The latest notice of a case. */
    Optional<Notice> findByCase(CaseId caseId);
}
