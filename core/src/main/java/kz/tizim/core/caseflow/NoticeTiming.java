package kz.tizim.core.caseflow;

/** Whether the owner hears of a decision before access is restricted or after. */
public enum NoticeTiming {
    /** The ordinary track: the owner may comply before anything is restricted. */
    BEFORE_RESTRICTION,
    /** The urgent track: restricted first, explained right after. */
    AFTER_RESTRICTION
}
