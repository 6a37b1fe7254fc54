package kz.tizim.core.caseflow;

/** How an appeal against a restriction ends. */
public enum AppealOutcome {
    /** The restriction stands until its term ends. */
    UPHELD,
    /** The restriction is lifted now. */
    LIFTED
}
