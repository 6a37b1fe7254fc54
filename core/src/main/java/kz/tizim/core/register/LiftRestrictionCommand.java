package kz.tizim.core.register;

import kz.tizim.match.locator.Locator;

/**
 * Take a restriction out of the register before its end.
 *
 * @param reason the ground, kept in the version (e.g. "appeal TZ-A-2026-000003 upheld")
 */
public record LiftRestrictionCommand(DecisionReference decision, Locator locator, String reason) {

    public LiftRestrictionCommand {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("lifting a restriction needs a reason");
        }
    }
}
