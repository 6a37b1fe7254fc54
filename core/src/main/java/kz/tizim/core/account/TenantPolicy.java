package kz.tizim.core.account;

/**
 * Tenant isolation: an outside organisation (complainant, ISP, advertiser) reads only its own
 * records; regulator staff read all. Every use case that returns organisation-owned data asks this.
 */
public final class TenantPolicy {

    private TenantPolicy() {
    }

    public static boolean mayRead(Actor actor, OrganisationId owner) {
        return actor.isRegulatorStaff() || actor.organisation().equals(owner);
    }

    /** Only administrators manage another organisation's people and tokens. */
    public static boolean mayManage(Actor actor, OrganisationId owner) {
        return actor.has(Role.ADMIN);
    }
}
