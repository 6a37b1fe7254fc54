package kz.tizim.server.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.register.Register;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.matcher.CompiledMatcher;

/**
 * The register's current entries, compiled once for one bulk upload: a million lookups against one
 * consistent snapshot, in memory, without asking the database for the serial on every row (as the
 * shared {@code RestrictionLookup} does, which also could not run on the connection busy with COPY).
 * Coverage is triage's ({@code RegisterCoverage}): a URL as a URL; a domain, domain tree or IP as a
 * bare host; a CIDR network by its first address.
 *
 * <p>Entries published only as hashes (e.g. CSAM) are compiled in clear here too, as the register
 * holds them: this matcher never leaves the server's memory, and looking them up by hash instead
 * ({@code HashedLocators}: a few dozen SHA-256 digests per query) took more than half the time of
 * reading an upload. The covering rules are the same ones ({@code HashedLocators} enumerates the
 * candidates this matcher would find).
 */
final class RegisterSnapshot {

    private final CompiledMatcher entries;
    private final List<RegisterChange> changes;
    private final Instant at;

    private RegisterSnapshot(CompiledMatcher entries, List<RegisterChange> changes, Instant at) {
        this.entries = entries;
        this.changes = changes;
        this.at = at;
    }

    static RegisterSnapshot of(Register register, Instant at) {
        List<RegisterChange> changes = new ArrayList<>();
        CompiledMatcher.Builder entries = CompiledMatcher.builder();
        register.forEachCurrent(change -> {
            entries.add(change.entry().locator(), changes.size());
            changes.add(change);
        });
        return new RegisterSnapshot(entries.build(), changes, at);
    }

    Optional<DecisionNumber> restricting(Locator locator) {
        String query = switch (locator.kind()) {
            case URL, URL_PREFIX, DOMAIN, DOMAIN_TREE, IP -> locator.value();
            case CIDR -> locator.value().substring(0, locator.value().indexOf('/'));
        };
        int entry = entries.match(query);
        RegisterChange found = entry >= 0 ? changes.get(entries.payload(entry)) : null;
        return found != null && found.entry().inForceAt(at)
                ? Optional.of(new DecisionNumber(found.entry().decision().value())) : Optional.empty();
    }
}
