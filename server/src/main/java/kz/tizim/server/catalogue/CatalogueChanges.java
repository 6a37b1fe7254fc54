package kz.tizim.server.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which catalogue entries a proposal adds, removes or changes, and whose review status it changes,
 * so the approver sees at a glance what the line diff means, above all which entries it would mark
 * VERIFIED.
 */
final class CatalogueChanges {

    enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One changed entry.
     *
     * @param section the file's section type: category, jurisdiction, basis or provision
     * @param before review status in force (null when added, or for entries without a status)
     * @param after review status proposed (null when removed, or for entries without a status)
     */
    record EntryChange(String section, String id, Change change, @Nullable ReviewStatus before,
            @Nullable ReviewStatus after) {

        /** True when approving would mark the entry as checked by a lawyer. */
        public boolean becomesVerified() {
            return after == ReviewStatus.VERIFIED && before != ReviewStatus.VERIFIED;
        }
    }

    private CatalogueChanges() {
    }

    static List<EntryChange> between(LegalCatalogue inForce, LegalCatalogue proposed) {
        var changes = new ArrayList<EntryChange>();
        compare("category", inForce.procedures(), proposed.procedures(), p -> p.category().name(), p -> null, changes);
        compare("jurisdiction", inForce.jurisdictions(), proposed.jurisdictions(), j -> j.code().value(), j -> null,
                changes);
        compare("basis", inForce.bases(), proposed.bases(), b -> b.id().value(), b -> b.review().status(), changes);
        compare("provision", inForce.provisions(), proposed.provisions(), p -> p.id().value(),
                p -> p.review().status(), changes);
        return changes;
    }

    static long verifiedCount(List<EntryChange> changes) {
        return changes.stream().filter(EntryChange::becomesVerified).count();
    }

    private static <T> void compare(String section, List<T> before, List<T> after, Function<T, String> id,
            Function<T, @Nullable ReviewStatus> status, List<EntryChange> out) {
        Map<String, T> old = index(before, id);
        Map<String, T> now = index(after, id);
        old.forEach((key, entry) -> {
            T proposed = now.get(key);
            if (proposed == null) {
                out.add(new EntryChange(section, key, Change.REMOVED, status.apply(entry), null));
            } else if (!Objects.equals(entry, proposed)) {
                out.add(new EntryChange(section, key, Change.CHANGED, status.apply(entry), status.apply(proposed)));
            }
        });
        now.forEach((key, entry) -> {
            if (!old.containsKey(key)) {
                out.add(new EntryChange(section, key, Change.ADDED, null, status.apply(entry)));
            }
        });
    }

    private static <T> Map<String, T> index(List<T> entries, Function<T, String> id) {
        var map = new LinkedHashMap<String, T>();
        entries.forEach(entry -> map.put(id.apply(entry), entry));
        return map;
    }
}
