package kz.tizim.core.crossborder;

import java.time.Instant;

/**
 * One evidence file behind a site, as the annex lists it: its name, its SHA-256 (the bytes stay in
 * Tizim) and when it was captured (stored by Tizim; the earliest moment Tizim can vouch for).
 */
public record EvidenceRef(String fileName, String sha256, Instant capturedAt) {
}
