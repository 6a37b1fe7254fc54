package kz.tizim.core.register;

import java.util.regex.Pattern;

/**
 * The number of the decision that ordered a restriction, {@code TZ-YYYY-NNNNNN}. The register keeps
 * only this reference: the decision itself belongs to the case workflow.
 */
public record DecisionReference(String value) {

    private static final Pattern FORM = Pattern.compile("TZ-\\d{4}-\\d{6}");

    public DecisionReference {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a decision number (TZ-YYYY-NNNNNN): '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
