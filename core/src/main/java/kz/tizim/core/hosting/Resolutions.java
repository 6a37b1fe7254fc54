package kz.tizim.core.hosting;

import java.util.Optional;

/** The append-only history of resolutions. */
public interface Resolutions {

    void append(Resolution resolution);

    /** The most recent resolution of the name. */
    Optional<Resolution> latest(HostName host);

    /**
     * How many distinct registrable domains currently resolve to the address in Tizim's own data
     * (each name counted by its latest resolution): the collateral estimate of restricting it.
     */
    int registrableDomainsOn(IpAddress address);
}
