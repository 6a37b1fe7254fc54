package kz.tizim.core.caseflow;

import java.time.Instant;
import java.util.ConcurrentModificationException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.Locator;

/** {@link Cases} in a map, with the optimistic version check the database adapter makes. */
public final class InMemoryCases implements Cases {

    private final Map<CaseId, Case> byId = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public CaseId nextId() {
        return new CaseId(ids.incrementAndGet());
    }

    @Override
    public void save(Case c) {
        Case stored = byId.get(c.id());
        long expected = stored == null ? -1 : stored.version();
        if (c.version() != expected + 1) {
            throw new ConcurrentModificationException("case " + c.id() + " version " + c.version()
                    + " does not follow stored version " + expected);
        }
        byId.put(c.id(), c);
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Case> findOpenContaining(Locator locator) {
        return byId.values().stream().filter(c -> c.status().isOpen()
                && c.locators().stream().anyMatch(held -> Scopes.sameResource(held, locator))).toList();
    }

    @Override
    public Optional<Case> findUndecidedForSite(SiteKey site, OffenceCategory category) {
        return byId.values().stream()
                .filter(c -> c.site().equals(site) && c.procedure().category() == category && c.decision() == null
                        && (c.status() == CaseStatus.NEW || c.status() == CaseStatus.IN_REVIEW))
                .min(Comparator.comparing(Case::openedAt));
    }

    @Override
    public List<Case> findComplianceDueBy(Instant instant) {
        return byId.values().stream()
                .filter(c -> c.status() == CaseStatus.NOTICE_SENT && c.complianceDue() != null
                        && !c.complianceDue().isAfter(instant))
                .toList();
    }

    @Override
    public List<Case> findRestrictionsEndingBy(Instant instant) {
        return byId.values().stream()
                .filter(c -> c.status().isRestricting() && c.restriction() != null
                        && !c.restriction().end().isAfter(instant))
                .toList();
    }

    public List<Case> all() {
        return List.copyOf(byId.values());
    }
}
