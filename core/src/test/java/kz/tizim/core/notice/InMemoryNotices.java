package kz.tizim.core.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;

/** {@link Notices} in a list. */
public final class InMemoryNotices implements Notices {

    private final List<Notice> notices = new ArrayList<>();

    @Override
    public void save(Notice notice) {
        notices.add(notice);
    }

    @Override
    public Optional<Notice> findByCase(CaseId caseId) {
        Notice latest = null;
        for (Notice notice : notices) {
            if (notice.caseId().equals(caseId)) {
                latest = notice;
            }
        }
        return Optional.ofNullable(latest);
    }
}
