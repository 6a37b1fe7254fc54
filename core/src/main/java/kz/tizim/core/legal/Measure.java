package kz.tizim.core.legal;

/** What a legal basis allows Tizim's users to do about an online resource. */
public enum Measure {
    /** Ask the owner or platform to remove the item. */
    REMOVAL_NOTICE,
    /** Temporary restriction of access to a site, app or item (Law on Communications art. 41-1). */
    ACCESS_RESTRICTION,
    /** Suspension of networks or services by the national security bodies (art. 41-1). */
    SERVICE_SUSPENSION,
    /** A court act declaring information illegal or ordering removal. */
    COURT_ORDER,
    /** A request to the host state through the Ministry of Foreign Affairs or a treaty channel. */
    CROSS_BORDER_REQUEST
}
