package kz.tizim.core.account;

/**
 * What a person or machine client may do. Regulator staff roles see every organisation's records;
 * the outside roles see only their own organisation's.
 */
public enum Role {
    /** Runs the system: users, organisations, tokens, wide-scope escalations. */
    ADMIN(true),
    /** Triages complaints and drafts decisions. */
    REVIEWER(true),
    /** Approves decisions drafted by someone else, decides appeals, edits the legal catalogue. */
    LEGAL_OFFICER(true),
    /** Prepares and tracks requests to foreign states. */
    FOREIGN_DESK(true),
    /** Read-only access to everything, including the audit trail. */
    AUDITOR(true),
    /** Files complaints for a rights holder or an agency. */
    COMPLAINANT(false),
    /** Applies the register: downloads feeds, acknowledges serials. */
    ISP(false),
    /** Receives the "do not advertise" list. */
    ADVERTISER(false);

    private final boolean regulatorStaff;

    Role(boolean regulatorStaff) {
        this.regulatorStaff = regulatorStaff;
    }

    /** Staff of the regulator work across organisations; everyone else is confined to their own. */
    public boolean isRegulatorStaff() {
        return regulatorStaff;
    }
}
