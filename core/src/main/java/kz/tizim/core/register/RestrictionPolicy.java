package kz.tizim.core.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import org.jspecify.annotations.Nullable;

/** One rule an entry must satisfy to enter the register. */
@FunctionalInterface
public interface RestrictionPolicy {

    /**
     * @param entry    the entry to record
     * @param existing the entry it would renew, or null for a new order
     * @param now      the register's clock
     */
    Optional<Rejection> check(RegisterEntry entry, @Nullable RegisterEntry existing, Instant now);

    /** The end comes after the start. */
    RestrictionPolicy END_AFTER_START = (entry, existing, now) ->
            entry.end() != null && !entry.end().isAfter(entry.start())
                    ? Optional.of(Rejection.END_NOT_AFTER_START) : Optional.empty();

    /** The restriction has not already ended. */
    RestrictionPolicy NOT_ALREADY_ENDED = (entry, existing, now) ->
            entry.end() != null && !entry.end().isAfter(now)
                    ? Optional.of(Rejection.ALREADY_ENDED) : Optional.empty();

    /** CSAM locators are published as hashes only, whatever the caller asked. */
    RestrictionPolicy CSAM_HASHED = (entry, existing, now) ->
            entry.category() == OffenceCategory.CSAM && entry.publication() != LocatorPublication.HASHES_ONLY
                    ? Optional.of(Rejection.CSAM_MUST_BE_HASHED) : Optional.empty();

    /** A renewal keeps the category, legal basis and start of what it renews. */
    RestrictionPolicy RENEWAL_KEEPS_TERMS = (entry, existing, now) ->
            existing != null && (existing.category() != entry.category()
                    || !existing.legalBasis().equals(entry.legalBasis()) || !existing.start().equals(entry.start()))
                    ? Optional.of(Rejection.RENEWAL_CHANGES_TERMS) : Optional.empty();

    /** The rules, in the order they are checked. */
    List<RestrictionPolicy> ALL = List.of(END_AFTER_START, NOT_ALREADY_ENDED, CSAM_HASHED, RENEWAL_KEEPS_TERMS);
}
