package kz.tizim.core.complaint;

/** Who complains. */
public enum ComplainantKind {
    /** Holds the right infringed, or a mandate from the holder (collecting society, lawyer). */
    RIGHTS_HOLDER,
    /** A state agency acting within its powers (Antiterrorist Center, Prosecutor General's Office). */
    AGENCY,
    /** Anyone else, through the public intake. */
    PUBLIC
}
