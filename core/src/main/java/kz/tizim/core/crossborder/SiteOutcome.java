package kz.tizim.core.crossborder;

/** What a re-check after the host state's answer found at one site. */
public enum SiteOutcome {
    /** Not re-checked yet. */
    PENDING,
    /** The content is gone. */
    REMOVED,
    /** The content is still served. */
    STILL_PRESENT
}
