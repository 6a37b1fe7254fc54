package kz.tizim.core.hosting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rule that turns address facts into a likely jurisdiction:
 * <ol>
 *   <li>a reviewer's correction, when there is one, decides;
 *   <li>reserved addresses say nothing and are left out (the demo fixture's stand in for public ones);
 *   <li>non-CDN addresses show where the site is hosted; when there are only CDN addresses, the
 *       origin is hidden and the CDN operator (and its country) is the one to address;
 *   <li>one country among them gives that country and the path: Kazakhstan domestic, any other
 *       cross-border; several countries, or none known, leave the path undetermined.
 * </ol>
 */
public final class JurisdictionAssessment {

    private JurisdictionAssessment() {
    }

    public static HostingJurisdiction assess(List<IpAttribution> addresses, @Nullable JurisdictionCorrection correction) {
        List<IpAttribution> publicAddresses = addresses.stream().filter(IpAttribution::locatesHosting).toList();
        List<IpAttribution> origin = publicAddresses.stream().filter(a -> !a.isCdn()).toList();
        List<IpAttribution> considered = origin.isEmpty() ? publicAddresses : origin;
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (IpAttribution a : considered) {
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        List<CountryCode> seen = new ArrayList<>(countries);
        if (correction != null) {
            return new HostingJurisdiction(correction.country(), correction.organisation(), path(correction.country()),
                    HostingJurisdiction.Finding.CORRECTED, seen, correction);
        }
        if (publicAddresses.isEmpty()) {
            return undetermined(HostingJurisdiction.Finding.NO_PUBLIC_ADDRESS, seen);
        }
        if (countries.isEmpty()) {
            return undetermined(HostingJurisdiction.Finding.NO_COUNTRY_DATA, seen);
        }
        if (countries.size() > 1) {
            return undetermined(HostingJurisdiction.Finding.COUNTRIES_DISAGREE, seen);
        }
        CountryCode country = seen.get(0);
        HostingJurisdiction.Finding finding = origin.isEmpty() ? HostingJurisdiction.Finding.CDN_ONLY
                : HostingJurisdiction.Finding.ONE_COUNTRY;
        return new HostingJurisdiction(country, mostFrequentOrganisation(considered), path(country), finding, seen, null);
    }

    private static HostingJurisdiction undetermined(HostingJurisdiction.Finding finding, List<CountryCode> countries) {
        return new HostingJurisdiction(null, null, JurisdictionPath.UNDETERMINED, finding, countries, null);
    }

    private static JurisdictionPath path(CountryCode country) {
        return country.isDomestic() ? JurisdictionPath.DOMESTIC : JurisdictionPath.CROSS_BORDER;
    }

    private static @Nullable String mostFrequentOrganisation(List<IpAttribution> addresses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IpAttribution a : addresses) {
            String name = a.cdnOperator() != null && a.organisation() == null ? a.cdnOperator() : a.organisation();
            if (name != null) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
