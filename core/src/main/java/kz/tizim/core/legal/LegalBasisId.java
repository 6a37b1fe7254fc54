package kz.tizim.core.legal;

import java.util.regex.Pattern;

/**
 * Identifies a Kazakh legal basis, e.g. {@code KZ-CC-256} (Criminal Code art. 256) or
 * {@code KZ-LAW-COMMS-41-1}; decisions store it together with the catalogue version.
 */
public record LegalBasisId(String value) {

    private static final Pattern FORM = Pattern.compile("KZ(-[A-Z0-9]+)+");

    public LegalBasisId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a legal basis id (KZ-CODE-NUMBER): '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
