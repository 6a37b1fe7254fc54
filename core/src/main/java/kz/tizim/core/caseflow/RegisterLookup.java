package kz.tizim.core.caseflow;

import java.util.Optional;
import kz.tizim.match.locator.Locator;

/**
 * The current register as triage sees it (port): which restriction in force already covers a
 * locator. The server implements it over the register's current entries (package {@code register})
 * with the {@code match} matcher, so a URL under a restricted domain tree is found too.
 */
public interface RegisterLookup {

    /** The decision whose restriction in force already covers {@code locator}, if any. */
    Optional<DecisionNumber> restricting(Locator locator);
}
