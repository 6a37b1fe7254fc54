package kz.tizim.core.legal;

/** How one foreign provision bears on dual criminality for the facts at hand. */
public enum Bearing {
    /** The conduct is an offence under it. */
    SUPPORTS,
    /** It shows the conduct is not a crime there (a gap, or a required fact is ruled out). */
    DEFEATS,
    /** The law is unclear, left to national law, or turns on facts not known yet. */
    UNDECIDED
}
