package kz.tizim.core.notice;

/** Where a notice's recipient came from, in the order they are tried. */
public enum RecipientSource {
    /** The owner's contact given in a complaint. */
    COMPLAINT_CONTACT,
    /** The contact recorded in the site dossier (the site's own published contact). */
    SITE_CONTACT,
    /** The hosting provider's abuse contact, when the owner cannot be reached directly. */
    HOSTING_ABUSE_CONTACT
}
