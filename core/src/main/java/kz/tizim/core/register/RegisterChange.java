package kz.tizim.core.register;

import java.time.Instant;

/**
 * One register version: the change it holds and the entry as it stands after it (for a lifted or
 * expired entry, its terms when it was removed).
 *
 * @param serial     the version number, gapless and increasing from 1
 * @param recordedAt when the version was appended
 * @param kind       what it did
 * @param entry      the entry it concerns
 * @param reason     why (for lifting: the ground, e.g. "appeal upheld"); empty otherwise
 */
public record RegisterChange(long serial, Instant recordedAt, ChangeKind kind, RegisterEntry entry, String reason) {
}
