package kz.tizim.core.caseflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link SiteDossiers} in a map. */
public final class InMemorySiteDossiers implements SiteDossiers {

    private final Map<SiteKey, SiteDossier> byKey = new HashMap<>();

    @Override
    public Optional<SiteDossier> find(SiteKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public void save(SiteDossier dossier) {
        byKey.put(dossier.key(), dossier);
    }
}
