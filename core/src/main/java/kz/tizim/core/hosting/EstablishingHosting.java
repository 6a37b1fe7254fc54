package kz.tizim.core.hosting;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Establishes a site's hosting facts: resolves the name (unless a recent enough resolution is on
 * record), keeps the resolution in the history, attributes every address, counts the other sites
 * seen on it and assesses the jurisdiction. Demo resolutions are never refreshed from the DNS.
 */
public final class EstablishingHosting {

    private final Resolver resolver;
    private final Resolutions history;
    private final IpAttributions attributions;
    private final JurisdictionCorrections corrections;
    private final Clock clock;
    private final Duration maxAge;

    public EstablishingHosting(Resolver resolver, Resolutions history, IpAttributions attributions,
            JurisdictionCorrections corrections, Clock clock, Duration maxAge) {
        this.resolver = resolver;
        this.history = history;
        this.attributions = attributions;
        this.corrections = corrections;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The facts, from the latest resolution when it is younger than the maximum age, else resolved now. */
    public HostingReport establish(HostName host) {
        Optional<Resolution> latest = history.latest(host);
        if (latest.isPresent() && (latest.get().demo()
                || !latest.get().resolvedAt().plus(maxAge).isBefore(clock.instant()))) {
            return report(latest.get());
        }
        return refresh(host);
    }

    /** Resolves the name now, records the resolution and reports on it. */
    public HostingReport refresh(HostName host) {
        Resolution resolution = resolver.resolve(host);
        history.append(resolution);
        return report(resolution);
    }

    /** The facts of the latest recorded resolution, without resolving; empty when the name was never resolved. */
    public Optional<HostingReport> recorded(HostName host) {
        return history.latest(host).map(this::report);
    }

    /** The facts of one address, outside any site. */
    public AddressFacts address(IpAddress address) {
        return new AddressFacts(attributions.attribute(address), history.registrableDomainsOn(address));
    }

    private HostingReport report(Resolution resolution) {
        List<AddressFacts> addresses = new ArrayList<>();
        List<IpAttribution> attributed = new ArrayList<>();
        for (IpAddress address : resolution.addresses()) {
            AddressFacts facts = address(address);
            addresses.add(facts);
            attributed.add(facts.attribution());
        }
        HostingJurisdiction jurisdiction = JurisdictionAssessment.assess(attributed,
                corrections.latest(resolution.host()).orElse(null));
        return new HostingReport(resolution.host(), resolution, addresses, jurisdiction, attributions.description(),
                attributions.available());
    }
}
