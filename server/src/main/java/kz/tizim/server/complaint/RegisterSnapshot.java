package kz.tizim.server.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.register.Register;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.match.feed.Digests;
import kz.tizim.match.feed.HashedLocators;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.matcher.CompiledMatcher;

/**
 * The register's current entries, compiled once for one bulk upload: a million lookups against one
 * consistent snapshot, in memory, without asking the database for the serial on every row (as the
 * shared {@code RestrictionLookup} does, which also could not run on the connection busy with COPY).
 * Coverage is triage's ({@code RegisterCoverage}): a URL as a URL; a domain, domain tree or IP as a
 * bare host; a CIDR network by its first address.
 */
final class RegisterSnapshot {

    private final CompiledMatcher clear;
    private final HashedLocators hashed;
    private final List<RegisterChange> changes;
    private final Instant at;

    private RegisterSnapshot(CompiledMatcher clear, HashedLocators hashed, List<RegisterChange> changes, Instant at) {
        this.clear = clear;
        this.hashed = hashed;
        this.changes = changes;
        this.at = at;
    }

    static RegisterSnapshot of(Register register, Instant at) {
        List<RegisterChange> changes = new ArrayList<>();
        CompiledMatcher.Builder clear = CompiledMatcher.builder();
        HashedLocators hashed = new HashedLocators();
        register.forEachCurrent(change -> {
            int id = changes.size();
            changes.add(change);
            if (change.entry().published()) {
                clear.add(change.entry().locator(), id);
            } else {
                hashed.add(change.entry().locator().kind(), Digests.sha256Hex(change.entry().locator().value()), id);
            }
        });
        return new RegisterSnapshot(clear.build(), hashed, changes, at);
    }

    Optional<DecisionNumber> restricting(Locator locator) {
        String query = switch (locator.kind()) {
            case URL, URL_PREFIX, DOMAIN, DOMAIN_TREE, IP -> locator.value();
            case CIDR -> locator.value().substring(0, locator.value().indexOf('/'));
        };
        int entry = clear.match(query);
        RegisterChange found = null;
        if (entry >= 0) {
            found = changes.get(clear.payload(entry));
        } else {
            int hit = hashed.match(query);
            if (hit >= 0) {
                found = changes.get(hit);
            }
        }
        return found != null && found.entry().inForceAt(at)
                ? Optional.of(new DecisionNumber(found.entry().decision().value())) : Optional.empty();
    }
}
