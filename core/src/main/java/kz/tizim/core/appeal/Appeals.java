package kz.tizim.core.appeal;

import java.util.Optional;
import kz.tizim.core.caseflow.AppealId;

/** Appeals (port). */
public interface Appeals {

    AppealId nextId();

    void save(Appeal appeal);

    Optional<Appeal> find(AppealId id);
}
