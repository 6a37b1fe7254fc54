package kz.tizim.core.hosting;

import org.jspecify.annotations.Nullable;

/** Attributes addresses to countries, networks and CDNs. */
public interface IpAttributions {

    IpAttribution attribute(IpAddress address);

    /** What the attributions are based on, for people reading them (versions, or why none). */
    String description();

    /** Whether country and network data is loaded (otherwise lookups say "unknown"). */
    boolean available();

    /** Attributions without databases: reserved ranges and CDN ranges only, everything else unknown. */
    static IpAttributions unknown(CdnNetworks cdn, String why) {
        return new IpAttributions() {
            @Override
            public IpAttribution attribute(IpAddress address) {
                String bogon = Bogons.purpose(address).orElse(null);
                @Nullable String operator = bogon == null ? cdn.operator(address, null).orElse(null) : null;
                return new IpAttribution(address, bogon, null, null, null, operator, IpAttribution.Source.UNKNOWN);
            }

            @Override
            public String description() {
                return why;
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }
}
