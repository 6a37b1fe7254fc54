package kz.tizim.core.legal;

/**
 * What kind of rule a Kazakh basis is. Dual criminality compares criminal offences only, so the
 * assessment treats the other kinds differently.
 */
public enum BasisKind {
    CRIMINAL_OFFENCE,
    ADMINISTRATIVE_OFFENCE,
    /** Rights enforced by the holder in a civil court (e.g. copyright law remedies). */
    CIVIL_WRONG,
    /** Duties, powers, procedures and definitions (e.g. Law on Communications art. 41-1). */
    REGULATORY
}
