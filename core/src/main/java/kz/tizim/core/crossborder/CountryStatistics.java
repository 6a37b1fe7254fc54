package kz.tizim.core.crossborder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.tizim.core.legal.JurisdictionCode;
import org.jspecify.annotations.Nullable;

/**
 * How one host state answered: requests sent, acted on (fully or partly), refused, unanswered, the
 * median time from sending to action, and the refusal reasons with their counts — "not an offence
 * here" is the usual one, and it is what the intercalibration report is made of.
 */
public record CountryStatistics(JurisdictionCode country, int sent, int acted, int partiallyActed, int refused,
        int noResponse, @Nullable Duration medianTimeToAction, Map<String, Integer> refusalReasons) {

    public CountryStatistics {
        refusalReasons = Map.copyOf(refusalReasons);
    }

    /** One row per country that was sent at least one request, by country code. */
    public static List<CountryStatistics> of(List<CrossBorderRequest> requests) {
        Map<String, List<CrossBorderRequest>> byCountry = new TreeMap<>();
        for (CrossBorderRequest r : requests) {
            if (r.sentAt() != null) {
                byCountry.computeIfAbsent(r.country().value(), k -> new ArrayList<>()).add(r);
            }
        }
        List<CountryStatistics> rows = new ArrayList<>();
        for (List<CrossBorderRequest> sent : byCountry.values()) {
            rows.add(one(sent));
        }
        return rows;
    }

    private static CountryStatistics one(List<CrossBorderRequest> sent) {
        int acted = 0;
        int partially = 0;
        int refused = 0;
        int none = 0;
        List<Duration> times = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (CrossBorderRequest r : sent) {
            switch (r.status()) {
                case ACTED, PARTIALLY_ACTED -> {
                    if (r.status() == RequestStatus.ACTED) {
                        acted++;
                    } else {
                        partially++;
                    }
                    if (r.closedAt() != null && r.sentAt() != null) {
                        times.add(Duration.between(r.sentAt(), r.closedAt()));
                    }
                }
                case REFUSED -> {
                    refused++;
                    reasons.merge(r.refusalReason() == null ? "" : r.refusalReason().strip(), 1, Integer::sum);
                }
                case NO_RESPONSE -> none++;
                default -> {
                }
            }
        }
        return new CountryStatistics(sent.get(0).country(), sent.size(), acted, partially, refused, none,
                median(times), reasons);
    }

    /** The median; for an even count, the mean of the two middle values. */
    static @Nullable Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(mid);
        }
        return sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    }
}
