package kz.tizim.core.decision;

import java.time.Instant;

/** A renewal of a decision's restriction with fresh reasons. */
public record Renewal(String renewedBy, Instant renewedAt, Instant previousEnd, Instant newEnd, String reasons) {
}
