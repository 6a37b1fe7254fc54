package kz.tizim.core.crossborder;

import java.time.Instant;

/** A legal officer's decision to send a request despite a NOT_SATISFIED dual-criminality verdict. */
public record DualCriminalityOverride(String by, String reason, Instant at) {

    public DualCriminalityOverride {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an override states its reason");
        }
    }
}
