package kz.tizim.core.complaint;

/**
 * A filed complaint.
 *
 * @param replayed true when the idempotency key had been used for the same complaint already and
 *     this is the first filing returned again
 */
public record Filed(Complaint complaint, boolean replayed) {
}
