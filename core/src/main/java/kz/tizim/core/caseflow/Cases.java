package kz.tizim.core.caseflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.match.locator.Locator;

/** Cases (port). */
public interface Cases {

    CaseId nextId();

    /**
     * Stores the case: inserts version 0, otherwise replaces version {@code version - 1}. The adapter
     * fails (optimistic locking) when someone else saved in between.
     */
    void save(Case c);

    Optional<Case> find(CaseId id);

    /**
     * Open cases ({@link CaseStatus#isOpen()}) holding this locator or another naming the same resource
     * (its http/https twin, see {@code Scopes.sameResource}).
     */
    List<Case> findOpenContaining(Locator locator);

    /** The oldest case for the site and category that is NEW or IN_REVIEW without an approved decision. */
    Optional<Case> findUndecidedForSite(SiteKey site, OffenceCategory category);

    /** Cases in NOTICE_SENT whose compliance window closed at or before {@code instant}. */
    List<Case> findComplianceDueBy(Instant instant);

    /** Cases whose restriction ({@link CaseStatus#isRestricting()}) ends at or before {@code instant}. */
    List<Case> findRestrictionsEndingBy(Instant instant);
}
