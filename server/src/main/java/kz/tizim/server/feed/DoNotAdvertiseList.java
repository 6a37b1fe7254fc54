package kz.tizim.server.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.register.Register;
import kz.tizim.match.feed.Digests;
import kz.tizim.match.feed.FeedManifest;
import kz.tizim.match.feed.FlatJson;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.locator.PublicSuffixes;
import kz.tizim.server.system.SigningKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * "Follow the money" (the WIPO ALERT model): the registrable domains whose whole site is restricted
 * for copyright, for advertisers to keep their ads off. Only {@code domain}/{@code domain-tree}
 * entries on a registrable domain itself count: a restriction on one page or one subdomain does
 * not put the rest of a site on the list. Signed like the ISP feeds.
 */
@Service
class DoNotAdvertiseList {

    /** The two renderings. */
    enum Format {
        CSV("text/csv"), JSON("application/json");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        String manifestType() {
            return "do-not-advertise-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One list, produced for one register serial. */
    record Signed(FeedManifest manifest, byte[] manifestJson, byte[] signature, byte[] body) {
    }

    record Site(String domain, String decision, String basis, String since) {
    }

    private final Register register;
    private final SigningKey signingKey;
    private final Clock clock;
    private final Map<Format, Signed> latest = new java.util.concurrent.ConcurrentHashMap<>();

    DoNotAdvertiseList(Register register, SigningKey signingKey, Clock clock) {
        this.register = register;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    Signed current(Format format) {
        long serial = register.currentSerial();
        Signed cached = latest.get(format);
        if (cached != null && cached.manifest().serial() == serial) {
            return cached;
        }
        List<Site> sites = sites();
        byte[] body = format == Format.CSV ? csv(sites) : json(sites);
        FeedManifest manifest = new FeedManifest(format.manifestType(), serial, 0, clock.instant(), sites.size(),
                body.length, Digests.sha256Hex(body));
        byte[] json = manifest.toJson();
        Signed signed = new Signed(manifest, json, signingKey.sign(json), body);
        latest.put(format, signed);
        return signed;
    }

    List<Site> sites() {
        Map<String, Site> byDomain = new TreeMap<>();
        register.forEachCurrent(change -> {
            var entry = change.entry();
            LocatorKind kind = entry.locator().kind();
            if (entry.category() != OffenceCategory.COPYRIGHT || !entry.published()
                    || (kind != LocatorKind.DOMAIN && kind != LocatorKind.DOMAIN_TREE)) {
                return;
            }
            String name = entry.locator().value();
            @Nullable String registrable = PublicSuffixes.registrableDomain(name);
            if (name.equals(registrable)) {
                byDomain.putIfAbsent(name, new Site(name, entry.decision().value(), entry.legalBasis().value(),
                        entry.start().toString()));
            }
        });
        return new ArrayList<>(byDomain.values());
    }

    private static byte[] csv(List<Site> sites) {
        StringBuilder out = new StringBuilder("domain,decision,legal_basis,since\r\n");
        for (Site s : sites) {
            // Canonical names, decision numbers, basis ids and instants contain no commas or quotes.
            out.append(s.domain()).append(',').append(s.decision()).append(',').append(s.basis()).append(',')
                    .append(s.since()).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(List<Site> sites) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            out.append(i == 0 ? "\n" : ",\n").append(new FlatJson.Writer().string("domain", s.domain())
                    .string("decision", s.decision()).string("legalBasis", s.basis()).string("since", s.since()));
        }
        return out.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
