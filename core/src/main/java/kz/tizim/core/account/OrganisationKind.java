package kz.tizim.core.account;

/** What an organisation is to Tizim; a machine client's token takes its role from this. */
public enum OrganisationKind {
    /** The authority running the register. */
    REGULATOR(Role.REVIEWER),
    /** A rights holder, a collecting society, or an agency such as the Antiterrorist Center. */
    COMPLAINANT(Role.COMPLAINANT),
    /** An internet service provider or resolver operator. */
    ISP(Role.ISP),
    /** An advertiser or ad network following the money. */
    ADVERTISER(Role.ADVERTISER),
    /** The foreign-requests desk (for example at the Ministry of Foreign Affairs). */
    FOREIGN_DESK(Role.FOREIGN_DESK);

    private final Role machineRole;

    OrganisationKind(Role machineRole) {
        this.machineRole = machineRole;
    }

    /** The role an API token of this organisation acts with. */
    public Role machineRole() {
        return machineRole;
    }
}
