package kz.tizim.core.legal;

import java.util.regex.Pattern;

/** Identifies a foreign provision, prefixed by its jurisdiction: {@code US-USC17-506}, {@code DE-STGB-130}. */
public record ProvisionId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]+([-.][A-Z0-9]+)+");

    public ProvisionId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a provision id (JURISDICTION-NAME): '" + value + "'");
        }
    }

    public boolean belongsTo(JurisdictionCode jurisdiction) {
        return value.startsWith(jurisdiction.value() + "-");
    }

    @Override
    public String toString() {
        return value;
    }
}
