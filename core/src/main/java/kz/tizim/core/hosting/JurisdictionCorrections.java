package kz.tizim.core.hosting;

import java.util.List;
import java.util.Optional;

/** Corrections of hosting jurisdiction, append-only: the latest one per name applies. */
public interface JurisdictionCorrections {

    void append(JurisdictionCorrection correction);

    Optional<JurisdictionCorrection> latest(HostName host);

    /** Every correction of the name, newest first. */
    List<JurisdictionCorrection> history(HostName host);
}
