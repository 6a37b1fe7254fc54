package kz.tizim.core.hosting;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline address databases as compact range tables: address block to registration country,
 * address block to AS number and organisation, plus the reserved ranges and the CDN list.
 *
 * <p>The primitive lookups ({@link #countryV4}, {@link #networkV4} and their IPv6 forms) allocate
 * nothing and stay well under a microsecond; {@link #attribute} builds the record people read.
 */
public final class HostingDatabase implements IpAttributions {

    private final IpRanges countries;
    private final IpRanges networks;
    private final long[] asNumbers;
    private final String[] organisations;
    private final CdnNetworks cdn;
    private final String description;

    private HostingDatabase(IpRanges countries, IpRanges networks, long[] asNumbers, String[] organisations,
            CdnNetworks cdn, String description) {
        this.countries = countries;
        this.networks = networks;
        this.asNumbers = asNumbers;
        this.organisations = organisations;
        this.cdn = cdn;
        this.description = description;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The packed country code ({@link CountryCode#packed()}) of a public IPv4 address, or {@link IpRanges#MISSING}. */
    public int countryV4(int address) {
        return Bogons.indexV4(address) != IpRanges.MISSING ? IpRanges.MISSING : countries.lookupV4(address);
    }

    /** The packed country code of a public IPv6 address, or {@link IpRanges#MISSING}. */
    public int countryV6(long high, long low) {
        return Bogons.indexV6(high, low) != IpRanges.MISSING ? IpRanges.MISSING : countries.lookupV6(high, low);
    }

    /** The network index ({@link #asNumber(int)}, {@link #organisation(int)}) of a public IPv4 address, or {@link IpRanges#MISSING}. */
    public int networkV4(int address) {
        return Bogons.indexV4(address) != IpRanges.MISSING ? IpRanges.MISSING : networks.lookupV4(address);
    }

    /** The network index of a public IPv6 address, or {@link IpRanges#MISSING}. */
    public int networkV6(long high, long low) {
        return Bogons.indexV6(high, low) != IpRanges.MISSING ? IpRanges.MISSING : networks.lookupV6(high, low);
    }

    public long asNumber(int network) {
        return asNumbers[network];
    }

    public String organisation(int network) {
        return organisations[network];
    }

    @Override
    public IpAttribution attribute(IpAddress address) {
        Optional<String> bogon = Bogons.purpose(address);
        if (bogon.isPresent()) {
            return new IpAttribution(address, bogon.get(), null, null, null, null, IpAttribution.Source.DATABASE);
        }
        int country = address.v6() ? countryV6(address.high(), address.low()) : countryV4(address.v4Bits());
        int network = address.v6() ? networkV6(address.high(), address.low()) : networkV4(address.v4Bits());
        Asn asn = network == IpRanges.MISSING || asNumbers[network] == 0 ? null : new Asn(asNumbers[network]);
        String organisation = network == IpRanges.MISSING || organisations[network].isEmpty() ? null
                : organisations[network];
        return new IpAttribution(address, null, country == IpRanges.MISSING ? null : CountryCode.unpack(country),
                asn, organisation, cdn.operator(address, asn).orElse(null), IpAttribution.Source.DATABASE);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean available() {
        return true;
    }

    /** Magic number and format version of {@link #writeTo}. */
    private static final int FORMAT = 0x545A4801;

    /**
     * Writes the tables (not the CDN list, which always comes from the running code) in a compact
     * binary form that {@link #readFrom} loads in a fraction of the time the source files take.
     */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(FORMAT);
        out.writeUTF(description);
        countries.writeTo(out);
        networks.writeTo(out);
        out.writeInt(asNumbers.length);
        for (int i = 0; i < asNumbers.length; i++) {
            out.writeLong(asNumbers[i]);
            out.writeUTF(organisations[i]);
        }
    }

    public static HostingDatabase readFrom(DataInput in, CdnNetworks cdn) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("not a Tizim hosting table file (or an older format)");
        }
        String description = in.readUTF();
        IpRanges countries = IpRanges.readFrom(in);
        IpRanges networks = IpRanges.readFrom(in);
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("corrupt hosting table file");
        }
        long[] numbers = new long[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = in.readLong();
            names[i] = in.readUTF();
        }
        return new HostingDatabase(countries, networks, numbers, names, cdn, description);
    }

    public IpRanges countryRanges() {
        return countries;
    }

    public IpRanges networkRanges() {
        return networks;
    }

    /** Collects country and network ranges; the last step is {@link #build}. */
    public static final class Builder {

        private final IpRanges.Builder countries = IpRanges.builder();
        private final IpRanges.Builder networks = IpRanges.builder();
        private final Map<String, Integer> networkIndex = new HashMap<>();
        private final List<Long> asNumbers = new ArrayList<>();
        private final List<String> organisations = new ArrayList<>();

        private Builder() {
        }

        public Builder country(IpAddress start, IpAddress end, CountryCode country) {
            countries.add(start, end, country.packed());
            return this;
        }

        public Builder country(Network network, CountryCode country) {
            countries.addNetwork(network.prefix(), network.length(), country.packed());
            return this;
        }

        /**
         * The block from start to end (unsigned values; IPv4 in the low long) is registered to the
         * country with the packed code ({@link CountryCode#packed()}). For bulk loading.
         */
        public Builder countryRange(boolean v6, long startHigh, long startLow, long endHigh, long endLow, int packed) {
            if (v6) {
                countries.addV6(startHigh, startLow, endHigh, endLow, packed);
            } else {
                countries.addV4((int) startLow, (int) endLow, packed);
            }
            return this;
        }

        /** The block from start to end is announced by {@code asNumber} (0 when none), held by {@code organisation}. */
        public Builder network(IpAddress start, IpAddress end, long asNumber, String organisation) {
            return networkRange(start.v6(), start.high(), start.low(), end.high(), end.low(), asNumber, organisation);
        }

        /** As {@link #network(IpAddress, IpAddress, long, String)}, from unsigned values; for bulk loading. */
        public Builder networkRange(boolean v6, long startHigh, long startLow, long endHigh, long endLow, long asNumber,
                String organisation) {
            String key = asNumber + "\u0000" + organisation;
            Integer index = networkIndex.get(key);
            if (index == null) {
                index = asNumbers.size();
                networkIndex.put(key, index);
                asNumbers.add(asNumber);
                organisations.add(organisation);
            }
            if (v6) {
                networks.addV6(startHigh, startLow, endHigh, endLow, index);
            } else {
                networks.addV4((int) startLow, (int) endLow, index);
            }
            return this;
        }

        public HostingDatabase build(CdnNetworks cdn, String description) {
            long[] numbers = new long[asNumbers.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = asNumbers.get(i);
            }
            return new HostingDatabase(countries.build(), networks.build(), numbers,
                    organisations.toArray(new String[0]), cdn, description);
        }
    }
}
