package kz.tizim.core.caseflow;

import java.util.Optional;
import kz.tizim.match.locator.Locator;

/** The current register of restrictions (port), as triage sees it. */
public interface Register {

    /** The decision whose restriction in force already covers {@code locator}, if any. */
    Optional<DecisionNumber> restricting(Locator locator);
}
