package kz.tizim.core.hosting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * CDN and reverse-proxy operators, by AS number and by address range, from the maintained list
 * {@code cdn-networks.txt} beside this class (one entry per line, each operator with its source
 * note). An address of such an operator serves many unrelated sites: restricting the address
 * would hit them too.
 */
public final class CdnNetworks {

    private static final String BUNDLED = "cdn-networks.txt";

    private final Map<Long, String> operatorsByAsn;
    private final IpRanges ranges;
    private final List<String> rangeOperators;

    private CdnNetworks(Map<Long, String> operatorsByAsn, IpRanges ranges, List<String> rangeOperators) {
        this.operatorsByAsn = Map.copyOf(operatorsByAsn);
        this.ranges = ranges;
        this.rangeOperators = List.copyOf(rangeOperators);
    }

    /** The list shipped with Tizim (parsed once). */
    public static CdnNetworks bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final CdnNetworks INSTANCE = read();
    }

    private static CdnNetworks read() {
        try (InputStream in = CdnNetworks.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a list in the format of {@code cdn-networks.txt}; a malformed line is an error naming its number. */
    public static CdnNetworks parse(Reader text) throws IOException {
        Map<Long, String> byAsn = new HashMap<>();
        IpRanges.Builder builder = IpRanges.builder();
        List<String> operators = new ArrayList<>();
        BufferedReader reader = new BufferedReader(text);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected 'AS<number> <operator>' or "
                        + "'<network> <operator>': " + trimmed);
            }
            String key = trimmed.substring(0, space);
            String operator = trimmed.substring(space + 1).strip();
            try {
                if (key.regionMatches(true, 0, "AS", 0, 2)) {
                    byAsn.put(Asn.parse(key).number(), operator);
                } else {
                    Network network = Network.parse(key);
                    builder.addNetwork(network.prefix(), network.length(), operators.size());
                    operators.add(operator);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return new CdnNetworks(byAsn, builder.build(), operators);
    }

    /** The CDN operator serving the address, by its range or by the AS announcing it; empty if none. */
    public Optional<String> operator(IpAddress address, @Nullable Asn asn) {
        int index = ranges.lookup(address);
        if (index != IpRanges.MISSING) {
            return Optional.of(rangeOperators.get(index));
        }
        return asn == null ? Optional.empty() : Optional.ofNullable(operatorsByAsn.get(asn.number()));
    }

    /** Whether the AS is listed as a CDN or reverse proxy. */
    public boolean isCdn(Asn asn) {
        return operatorsByAsn.containsKey(asn.number());
    }

    public int asnCount() {
        return operatorsByAsn.size();
    }

    public int rangeCount() {
        return ranges.v4Size() + ranges.v6Size();
    }
}
