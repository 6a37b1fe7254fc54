package kz.tizim.server.hosting;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kz.tizim.core.hosting.Resolution;
import kz.tizim.server.system.TizimProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start: records the demo fixture's resolutions (demo mode), then loads the address databases
 * in the background, first downloading them with npm when they are missing and
 * {@code tizim.hosting.fetch-on-start} is set (as {@code tizim demo} does).
 */
@Component
class HostingStartup {

    private static final Logger LOG = LoggerFactory.getLogger(HostingStartup.class);

    private final TizimProperties tizim;
    private final HostingProperties hosting;
    private final HostingAttributions attributions;
    private final ResolutionsJdbcRepository history;
    private final Clock clock;

    HostingStartup(TizimProperties tizim, HostingProperties hosting, HostingAttributions attributions,
            ResolutionsJdbcRepository history, Clock clock) {
        this.tizim = tizim;
        this.hosting = hosting;
        this.attributions = attributions;
        this.history = history;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (tizim.isDemo()) {
            loadDemoFixture();
        }
        Thread loader = new Thread(this::loadDatabases, "tizim-hosting-data");
        loader.setDaemon(true);
        loader.start();
    }

    void loadDemoFixture() {
        List<Resolution> resolutions = DemoHosting.load(attributions).resolutions(clock.instant());
        for (Resolution resolution : resolutions) {
            if (!history.hasDemo(resolution.host())) {
                history.append(resolution);
            }
        }
    }

    private void loadDatabases() {
        if (!IpDatabaseFiles.present(attributions.directory()) && hosting.fetchOnStart()) {
            if (NpmPack.npmAvailable()) {
                LOG.warn("Hosting lookups: downloading the address databases with npm into {} (about 26 MB; "
                        + "countries and networks show as unknown until done) …", attributions.directory());
                try {
                    NpmPack.fetch(attributions.directory(), Duration.ofMinutes(10));
                } catch (Exception e) {
                    LOG.warn("Hosting lookups: the download failed ({}); countries and networks show as unknown. "
                            + "Retry with: tizim data update --data-dir {}", e.getMessage(), attributions.directory());
                    return;
                }
            } else {
                LOG.warn("Hosting lookups: npm is not installed, so the address databases cannot be downloaded; "
                        + "countries and networks show as unknown (install npm, then: tizim data update --data-dir {})",
                        attributions.directory());
                return;
            }
        }
        if (attributions.reload()) {
            LOG.info("Hosting lookups: {}", attributions.description());
        }
    }
}
