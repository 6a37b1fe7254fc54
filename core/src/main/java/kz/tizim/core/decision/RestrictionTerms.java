package kz.tizim.core.decision;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long restrictions last: the term a decision gets unless the reviewer chooses another, and the
 * longest term one decision or renewal may set. Policy defaults the legal officers set.
 */
public record RestrictionTerms(Period standard, Period maximum) {

    /** Periods of months and days compare only from a date; the longest months make the check strict. */
    private static final LocalDate REFERENCE = LocalDate.of(2001, 1, 31);

    public RestrictionTerms {
        if (!positive(standard) || !positive(maximum) || longer(standard, maximum)) {
            throw new IllegalArgumentException("terms must be positive and the standard within the maximum");
        }
    }

    /** Six months, at most one year per decision or renewal. */
    public static RestrictionTerms standardTerms() {
        return new RestrictionTerms(Period.ofMonths(6), Period.ofYears(1));
    }

    /** Whether {@code term} is positive and within the maximum. */
    public boolean allows(Period term) {
        return positive(term) && !longer(term, maximum);
    }

    private static boolean positive(Period term) {
        return REFERENCE.plus(term).isAfter(REFERENCE);
    }

    private static boolean longer(Period term, Period limit) {
        return REFERENCE.plus(term).isAfter(REFERENCE.plus(limit));
    }
}
