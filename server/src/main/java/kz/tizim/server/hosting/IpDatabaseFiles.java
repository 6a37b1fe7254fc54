package kz.tizim.server.hosting;

import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.Network;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ref.SoftReference;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.tizim.core.hosting.CdnNetworks;
import kz.tizim.core.hosting.CountryCode;
import kz.tizim.core.hosting.HostingDatabase;
import kz.tizim.match.locator.LocatorParser;

/**
 * The offline address databases as {@code npm pack} leaves them in a data directory, and their
 * loading into {@link HostingDatabase} range tables.
 *
 * <ul>
 *   <li>{@value #COUNTRY_PACKAGE}: {@code geo-whois-asn-country-ipv4.mmdb} and {@code -ipv6.mmdb},
 *       registration country per block from the RIRs' delegation statistics (CC BY 4.0, NRO);
 *   <li>{@value #NETWORK_PACKAGE}: {@code asn-ipv4.csv} and {@code asn-ipv6.csv}, rows
 *       {@code start_ip,end_ip,asn,org} (CC BY 4.0, RouteViews and DB-IP).
 * </ul>
 *
 * <p>The tarballs are read in place (no unpacking), so the data directory holds exactly what was
 * downloaded, licence files included. The country database is walked once with MaxMind's reader;
 * lookups then use only the primitive tables, which keeps them allocation-free and far faster than
 * the reader's per-lookup decoding.
 */
public final class IpDatabaseFiles {

    public static final String COUNTRY_PACKAGE = "@ip-location-db/geo-whois-asn-country-mmdb";
    public static final String NETWORK_PACKAGE = "@ip-location-db/asn";
    /** Where the demo keeps them, relative to its data directory. */
    public static final String DIRECTORY_NAME = "ipdb";

    private static final Pattern COUNTRY_TARBALL = Pattern.compile("ip-location-db-geo-whois-asn-country-mmdb-([0-9.]+)\\.tgz");
    private static final Pattern NETWORK_TARBALL = Pattern.compile("ip-location-db-asn-([0-9.]+)\\.tgz");

    /**
     * Tables already loaded in this JVM, by compiled file (whose name carries the data versions):
     * several application contexts, as in tests, share one copy instead of holding one each.
     */
    private static final Map<Path, SoftReference<HostingDatabase>> LOADED = new ConcurrentHashMap<>();

    private IpDatabaseFiles() {
    }

    /** The newest country tarball in the directory. */
    public static Optional<Path> countryTarball(Path directory) throws IOException {
        return newest(directory, COUNTRY_TARBALL);
    }

    /** The newest network (ASN) tarball in the directory. */
    public static Optional<Path> networkTarball(Path directory) throws IOException {
        return newest(directory, NETWORK_TARBALL);
    }

    /** Whether both databases are in the directory. */
    public static boolean present(Path directory) {
        try {
            return countryTarball(directory).isPresent() && networkTarball(directory).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Every tarball of either database except the newest, for cleaning up after an update. */
    public static List<Path> superseded(Path directory) throws IOException {
        List<Path> old = new ArrayList<>();
        for (Pattern pattern : List.of(COUNTRY_TARBALL, NETWORK_TARBALL)) {
            List<Path> all = all(directory, pattern);
            if (all.size() > 1) {
                old.addAll(all.subList(0, all.size() - 1));
            }
        }
        Path current = compiledTables(directory);
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(p -> p.getFileName().toString().startsWith("hosting-tables-") && !p.equals(current))
                    .forEach(old::add);
        }
        return old;
    }

    /**
     * Loads both databases from the directory: from the compiled tables when they match the newest
     * tarballs, otherwise from the tarballs (and then compiles the tables for the next time, when
     * the directory is writable). Fails with a message naming what is missing.
     */
    public static HostingDatabase load(Path directory, CdnNetworks cdn) throws IOException {
        Path compiled = compiledTables(directory).toAbsolutePath().normalize();
        boolean shareable = cdn == CdnNetworks.bundled();
        if (shareable) {
            SoftReference<HostingDatabase> cached = LOADED.get(compiled);
            HostingDatabase database = cached == null ? null : cached.get();
            if (database != null) {
                return database;
            }
        }
        if (Files.isRegularFile(compiled)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(compiled), 1 << 16))) {
                HostingDatabase database = HostingDatabase.readFrom(in, cdn);
                if (shareable) {
                    LOADED.put(compiled, new SoftReference<>(database));
                }
                return database;
            } catch (IOException e) {
                // A damaged or older-format file is rebuilt from the tarballs below.
            }
        }
        HostingDatabase database = loadSources(directory, cdn);
        try {
            Path temporary = Files.createTempFile(directory, "hosting-tables", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                database.writeTo(out);
            }
            Files.move(temporary, compiled, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Read-only data directory: every start loads the tarballs, which is slower but correct.
        }
        if (shareable) {
            LOADED.put(compiled, new SoftReference<>(database));
        }
        return database;
    }

    /**
     * The compiled tables' file for the newest tarballs: its name carries both versions, so a new
     * download never reads stale tables.
     */
    public static Path compiledTables(Path directory) throws IOException {
        String country = countryTarball(directory).map(p -> version(p, COUNTRY_TARBALL)).orElse("none");
        String network = networkTarball(directory).map(p -> version(p, NETWORK_TARBALL)).orElse("none");
        return directory.resolve("hosting-tables-" + country + "-" + network + ".bin");
    }

    /** Loads both databases from the tarballs themselves. */
    public static HostingDatabase loadSources(Path directory, CdnNetworks cdn) throws IOException {
        Path country = countryTarball(directory).orElseThrow(() -> new IOException(
                "no " + COUNTRY_PACKAGE + " tarball in " + directory + " (run: tizim data update --data-dir " + directory + ")"));
        Path network = networkTarball(directory).orElseThrow(() -> new IOException(
                "no " + NETWORK_PACKAGE + " tarball in " + directory + " (run: tizim data update --data-dir " + directory + ")"));
        HostingDatabase.Builder builder = HostingDatabase.builder();
        int[] counts = new int[4];
        Tarball.read(country, (name, size, content) -> {
            if (name.endsWith("/geo-whois-asn-country-ipv4.mmdb") || name.endsWith("/geo-whois-asn-country-ipv6.mmdb")) {
                counts[0] += readCountries(content, builder);
                counts[1]++;
            }
        });
        Tarball.read(network, (name, size, content) -> {
            if (name.endsWith("/asn-ipv4.csv") || name.endsWith("/asn-ipv6.csv")) {
                counts[2] += readNetworks(content, builder, name);
                counts[3]++;
            }
        });
        if (counts[1] != 2 || counts[3] != 2) {
            throw new IOException("the tarballs in " + directory + " lack the expected files (IPv4 and IPv6 of each)");
        }
        String description = "country: " + COUNTRY_PACKAGE + " " + version(country, COUNTRY_TARBALL)
                + " (NRO, CC BY 4.0); networks: " + NETWORK_PACKAGE + " " + version(network, NETWORK_TARBALL)
                + " (RouteViews and DB-IP, CC BY 4.0)";
        return builder.build(cdn, description);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int readCountries(InputStream content, HostingDatabase.Builder builder) throws IOException {
        byte[] bytes = content.readAllBytes();
        int count = 0;
        try (Reader reader = new Reader(new ByteArrayInputStream(bytes))) {
            Networks<Map> networks;
            try {
                networks = reader.networks(false, Map.class);
            } catch (com.maxmind.db.InvalidNetworkException e) {
                throw new IOException("cannot walk the country database: " + e.getMessage(), e);
            }
            while (networks.hasNext()) {
                DatabaseRecord<Map> record = networks.next();
                Object code = record.getData() == null ? null : record.getData().get("country_code");
                if (!(code instanceof String text) || text.length() != 2) {
                    continue;
                }
                int packed;
                try {
                    packed = CountryCode.of(text).packed();
                } catch (IllegalArgumentException e) {
                    continue;
                }
                Network network = record.getNetwork();
                addNetwork(builder, network.getNetworkAddress(), network.getPrefixLength(), packed);
                count++;
            }
        }
        return count;
    }

    private static void addNetwork(HostingDatabase.Builder builder, InetAddress address, int prefix, int packed) {
        byte[] raw = address.getAddress();
        if (address instanceof Inet4Address) {
            long start = 0;
            for (byte b : raw) {
                start = (start << 8) | (b & 0xFF);
            }
            long end = start | (prefix == 0 ? 0xFFFF_FFFFL : (1L << (32 - prefix)) - 1);
            builder.countryRange(false, 0, start, 0, end, packed);
            return;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (raw[i] & 0xFF);
            low = (low << 8) | (raw[i + 8] & 0xFF);
        }
        int hostBits = 128 - prefix;
        long maskHigh = hostBits >= 64 ? (hostBits == 128 ? -1L : (1L << (hostBits - 64)) - 1) : 0;
        long maskLow = hostBits >= 64 ? -1L : (hostBits == 0 ? 0 : (1L << hostBits) - 1);
        builder.countryRange(true, high, low, high | maskHigh, low | maskLow, packed);
    }

    private static int readNetworks(InputStream content, HostingDatabase.Builder builder, String name) throws IOException {
        LocatorParser parser = new LocatorParser();
        BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        int count = 0;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int c1 = line.indexOf(',');
            int c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
            int c3 = c2 < 0 ? -1 : line.indexOf(',', c2 + 1);
            if (c3 < 0) {
                throw new IOException(name + " line " + lineNumber + ": expected start_ip,end_ip,asn,org");
            }
            if (parser.parseIp(line.substring(0, c1)) != null) {
                throw new IOException(name + " line " + lineNumber + ": " + parser.rejectionMessage());
            }
            boolean v6 = parser.hostType() == LocatorParser.HOST_IPV6;
            long startHigh = v6 ? parser.ipv6High() : 0;
            long startLow = v6 ? parser.ipv6Low() : parser.ipv4() & 0xFFFF_FFFFL;
            if (parser.parseIp(line.substring(c1 + 1, c2)) != null
                    || (parser.hostType() == LocatorParser.HOST_IPV6) != v6) {
                throw new IOException(name + " line " + lineNumber + ": bad end address");
            }
            long endHigh = v6 ? parser.ipv6High() : 0;
            long endLow = v6 ? parser.ipv6Low() : parser.ipv4() & 0xFFFF_FFFFL;
            long asn;
            try {
                asn = Long.parseLong(line, c2 + 1, c3, 10);
            } catch (NumberFormatException e) {
                throw new IOException(name + " line " + lineNumber + ": bad AS number");
            }
            builder.networkRange(v6, startHigh, startLow, endHigh, endLow, asn, unquote(line.substring(c3 + 1)));
            count++;
        }
        return count;
    }

    /** CSV field: {@code "Enecom,Inc."} → {@code Enecom,Inc.}, doubled quotes undone. */
    static String unquote(String field) {
        if (field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"') {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }

    private static Optional<Path> newest(Path directory, Pattern pattern) throws IOException {
        List<Path> all = all(directory, pattern);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static List<Path> all(Path directory, Pattern pattern) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> version(p, pattern), IpDatabaseFiles::compareVersions))
                    .toList();
        }
    }

    private static String version(Path tarball, Pattern pattern) {
        Matcher matcher = pattern.matcher(tarball.getFileName().toString());
        return matcher.matches() ? matcher.group(1) : "";
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length && !x[i].isEmpty() ? Long.parseLong(x[i]) : 0;
            long q = i < y.length && !y[i].isEmpty() ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
