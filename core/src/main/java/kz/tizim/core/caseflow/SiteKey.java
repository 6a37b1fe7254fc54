package kz.tizim.core.caseflow;

/** The site a case is about: a registrable domain, a public-suffix host, or an address. */
public record SiteKey(String value) {

    public SiteKey {
        if (value.isBlank()) {
            throw new IllegalArgumentException("site key must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
