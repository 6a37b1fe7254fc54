package kz.tizim.core.account;

/** An organisation that people and machine clients act for. */
public record Organisation(OrganisationId id, String name, OrganisationKind kind) {
}
