package kz.tizim.core.legal;

/** How a foreign jurisdiction treats the conduct of a category: an offence, or which kind of gap. */
public enum Coverage {
    /** A criminal offence covering the conduct. */
    OFFENCE,
    /** An offence only under extra conditions, listed as required facts or in the summary. */
    NARROWER,
    /** Only administrative liability (fines by a regulator), no crime. */
    ADMIN_ONLY,
    /** Only civil remedies for the right holder. */
    CIVIL_ONLY,
    /** Protected by constitutional free-speech guarantees. */
    PROTECTED_SPEECH,
    /** Lawful there. */
    NOT_AN_OFFENCE,
    /** The EU level or an instrument leaves this to national law. */
    NOT_COVERED,
    /** Not known or disputed; needs research. */
    UNCLEAR
}
