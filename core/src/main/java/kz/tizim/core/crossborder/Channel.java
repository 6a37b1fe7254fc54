package kz.tizim.core.crossborder;

/** How a request travels to the host state. */
public enum Channel {
    /** A diplomatic note through the Ministry of Foreign Affairs (reciprocity). */
    MFA_DIPLOMATIC_NOTE,
    /** A mutual legal assistance request under a treaty. */
    MLA_REQUEST,
    /** Police cooperation through Interpol's National Central Bureaus. */
    POLICE_COOPERATION,
    /** A direct notice to the hosting provider's abuse contact (not a state-to-state request). */
    PROVIDER_ABUSE_NOTICE
}
