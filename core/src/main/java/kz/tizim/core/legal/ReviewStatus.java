package kz.tizim.core.legal;

/** Whether a lawyer has checked a catalogue entry against its source. */
public enum ReviewStatus {
    /** Checked by a lawyer; only a lawyer sets this. */
    VERIFIED,
    /** Research notes or general knowledge; must not be relied on without review. */
    TO_VERIFY
}
