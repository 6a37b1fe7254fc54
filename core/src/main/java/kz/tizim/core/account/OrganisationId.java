package kz.tizim.core.account;

/** Identifies an organisation; typed so it cannot be confused with other numeric ids. */
public record OrganisationId(long value) {

    public OrganisationId {
        if (value <= 0) {
            throw new IllegalArgumentException("organisation id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
