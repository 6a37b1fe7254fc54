package kz.tizim.core.caseflow;

import java.util.Optional;

/** Site dossiers (port). */
public interface SiteDossiers {

    Optional<SiteDossier> find(SiteKey key);

    void save(SiteDossier dossier);
}
