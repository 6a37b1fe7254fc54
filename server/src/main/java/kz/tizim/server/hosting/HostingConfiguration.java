package kz.tizim.server.hosting;

import java.time.Clock;
import kz.tizim.core.hosting.CdnNetworks;
import kz.tizim.core.hosting.CorrectingJurisdiction;
import kz.tizim.core.hosting.EstablishingHosting;
import kz.tizim.core.hosting.IpAttributions;
import kz.tizim.server.system.TizimProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the hosting use cases to PostgreSQL, dnsjava and the offline databases (plus the demo fixture in demo mode). */
@Configuration(proxyBeanMethods = false)
class HostingConfiguration {

    @Bean
    CdnNetworks cdnNetworks() {
        return CdnNetworks.bundled();
    }

    @Bean
    HostingAttributions hostingAttributions(TizimProperties tizim, HostingProperties hosting, CdnNetworks cdn) {
        return new HostingAttributions(hosting.ipdbDirectory(tizim.dataDir()).toAbsolutePath().normalize(), cdn);
    }

    @Bean
    DnsjavaResolver dnsResolver(DnsProperties dns, Clock clock) {
        return DnsjavaResolver.create(dns.resolver(), dns.timeout(), clock);
    }

    /** Demo mode overlays the invented demo facts; real lookups always go to the databases. */
    @Bean
    IpAttributionsInUse ipAttributionsInUse(TizimProperties tizim, HostingAttributions attributions) {
        return new IpAttributionsInUse(tizim.isDemo() ? DemoHosting.load(attributions) : attributions);
    }

    @Bean
    EstablishingHosting establishingHosting(DnsjavaResolver resolver, ResolutionsJdbcRepository history,
            IpAttributionsInUse attributions, JurisdictionCorrectionsJdbcRepository corrections, Clock clock,
            HostingProperties hosting) {
        return new EstablishingHosting(resolver, history, attributions.value(), corrections, clock, hosting.maxAge());
    }

    @Bean
    CorrectingJurisdiction correctingJurisdiction(JurisdictionCorrectionsJdbcRepository corrections, Clock clock) {
        return new CorrectingJurisdiction(corrections, clock);
    }

    /** The attributions the use cases see (a holder, so that only one {@link IpAttributions} bean exists). */
    record IpAttributionsInUse(IpAttributions value) {
    }
}
