package kz.tizim.server.hosting;

import java.io.IOException;
import java.nio.file.Path;
import kz.tizim.core.hosting.CdnNetworks;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.IpAttribution;
import kz.tizim.core.hosting.IpAttributions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address attributions in force: the offline databases once loaded, "unknown" until then or
 * when they are missing. Loading takes a second or so and runs off the request path; a reload after
 * {@code tizim data update} swaps the tables atomically.
 */
public class HostingAttributions implements IpAttributions {

    private static final Logger LOG = LoggerFactory.getLogger(HostingAttributions.class);

    private final Path directory;
    private final CdnNetworks cdn;
    private volatile IpAttributions current;

    HostingAttributions(Path directory, CdnNetworks cdn) {
        this.directory = directory;
        this.cdn = cdn;
        this.current = IpAttributions.unknown(cdn, missingMessage(directory));
    }

    static String missingMessage(Path directory) {
        return "no address databases in " + directory + ": countries and networks show as unknown "
                + "(run: tizim data update --data-dir " + directory + ")";
    }

    /** Loads the databases when present; returns whether they are now in force. */
    public synchronized boolean reload() {
        if (!IpDatabaseFiles.present(directory)) {
            LOG.warn("Hosting lookups: {}", missingMessage(directory));
            return false;
        }
        try {
            current = IpDatabaseFiles.load(directory, cdn);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Hosting lookups: cannot load the address databases in {}: {}", directory, e.getMessage());
            current = IpAttributions.unknown(cdn, "the address databases in " + directory + " cannot be read: "
                    + e.getMessage());
            return false;
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public IpAttribution attribute(IpAddress address) {
        return current.attribute(address);
    }

    @Override
    public String description() {
        return current.description();
    }

    @Override
    public boolean available() {
        return current.available();
    }
}
