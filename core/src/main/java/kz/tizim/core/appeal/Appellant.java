package kz.tizim.core.appeal;

/** Who appeals. */
public enum Appellant {
    /** The site owner, with the case number and the appeal code from the notice. */
    OWNER,
    /** A complainant of the case (for example a rights holder who has since licensed the work). */
    COMPLAINANT
}
