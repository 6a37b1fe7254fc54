package kz.tizim.match.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import kz.tizim.match.locator.Canonicalizer;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

/**
 * Lists large enough to fill the lookup directories: crowded and single-segment address buckets,
 * deep host names whose ancestors are not listed themselves.
 */
class CompiledMatcherLargeListTest {

    @Test
    void findsTheNarrowestIpv4NetworkInCrowdedAndEmptyBuckets() {
        Random random = new Random(11);
        // Dense /32s and /30s in one /16 crowd its buckets; scattered /8 to /24 leave others whole.
        TreeMap<Long, Integer>[] byLength = newMaps(33);
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        for (int i = 0; i < 40_000; i++) {
            int length;
            long address;
            if (i % 2 == 0) {
                length = random.nextBoolean() ? 32 : 30;
                address = 0x0A0B0000L | random.nextInt(1 << 16);
            } else {
                length = 8 + random.nextInt(17);
                address = random.nextInt() & 0xFFFFFFFFL;
            }
            address &= (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
            if (byLength[length].putIfAbsent(address, i) == null) {
                builder.add(LocatorKind.CIDR, Canonicalizer.ipv4Text((int) address) + "/" + length, i);
            }
        }
        CompiledMatcher matcher = builder.build();
        for (int q = 0; q < 100_000; q++) {
            long address = q % 2 == 0 ? 0x0A0B0000L | random.nextInt(1 << 16) : random.nextInt() & 0xFFFFFFFFL;
            Integer expected = null;
            for (int length = 32; length >= 0 && expected == null; length--) {
                long masked = length == 0 ? 0 : address & (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
                expected = byLength[length].get(masked);
            }
            int entry = matcher.matchIpv4((int) address);
            assertThat(entry < 0 ? null : matcher.payload(entry)).as("%08x", address).isEqualTo(expected);
        }
    }

    @Test
    void findsTheNarrowestIpv6NetworkInCrowdedAndEmptyBuckets() {
        Random random = new Random(12);
        Map<String, Integer>[] byLength = newHashMaps(129);
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        long prefix = 0x20010db800000000L;
        for (int i = 0; i < 40_000; i++) {
            int length = i % 3 == 0 ? 128 : i % 3 == 1 ? 33 + random.nextInt(32) : 96 + random.nextInt(33);
            long high = prefix | (i % 3 == 0 ? 0x1234_0000L : random.nextLong() >>> 32);
            long low = i % 3 == 1 ? 0 : random.nextLong() & 0xFFFF_FFFFL;
            long[] masked = mask(high, low, length);
            String key = masked[0] + ":" + masked[1];
            if (byLength[length].putIfAbsent(key, i) == null) {
                builder.add(LocatorKind.CIDR, Canonicalizer.ipv6Text(masked[0], masked[1]) + "/" + length, i);
            }
        }
        CompiledMatcher matcher = builder.build();
        for (int q = 0; q < 50_000; q++) {
            long high = prefix | (q % 2 == 0 ? 0x1234_0000L : random.nextLong() >>> 32);
            long low = random.nextLong() & (q % 4 == 0 ? 0xFFFF_FFFFL : -1L);
            Integer expected = null;
            for (int length = 128; length >= 0 && expected == null; length--) {
                long[] masked = mask(high, low, length);
                expected = byLength[length].get(masked[0] + ":" + masked[1]);
            }
            int entry = matcher.matchIpv6(high, low);
            assertThat(entry < 0 ? null : matcher.payload(entry)).as("%x:%x", high, low).isEqualTo(expected);
        }
    }

    @Test
    void findsDeepNamesWhoseAncestorsAreNotListed() {
        Random random = new Random(13);
        String[] labels = {"a", "b", "www", "cdn", "x", "m"};
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> trees = new HashMap<>();
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        for (int i = 0; i < 60_000; i++) {
            String name = deepName(random, labels, i % 5000);
            if (random.nextBoolean()) {
                if (exact.putIfAbsent(name, i) == null) {
                    builder.add(LocatorKind.DOMAIN, name, i);
                }
            } else if (trees.putIfAbsent(name, i) == null) {
                builder.add(LocatorKind.DOMAIN_TREE, name, i);
            }
        }
        CompiledMatcher matcher = builder.build();
        for (int q = 0; q < 100_000; q++) {
            String host = deepName(random, labels, random.nextInt(6000));
            Integer expected = exact.get(host);
            for (String suffix = host; expected == null; suffix = suffix.substring(suffix.indexOf('.') + 1)) {
                expected = trees.get(suffix);
                if (suffix.indexOf('.') < 0) {
                    break;
                }
            }
            int entry = matcher.matchHost(host);
            assertThat(entry < 0 ? null : matcher.payload(entry)).as(host).isEqualTo(expected);
        }
    }

    private static String deepName(Random random, String[] labels, int site) {
        StringBuilder name = new StringBuilder();
        int depth = random.nextInt(5);
        for (int i = 0; i < depth; i++) {
            name.append(labels[random.nextInt(labels.length)]).append('.');
        }
        return name.append("site").append(site).append(".example").toString();
    }

    private static long[] mask(long high, long low, int length) {
        long h = length == 0 ? 0 : length >= 64 ? high : high & (-1L << (64 - length));
        long l = length <= 64 ? 0 : length == 128 ? low : low & (-1L << (128 - length));
        return new long[] {h, l};
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TreeMap<Long, Integer>[] newMaps(int n) {
        TreeMap<Long, Integer>[] maps = new TreeMap[n];
        for (int i = 0; i < n; i++) {
            maps[i] = new TreeMap<>();
        }
        return maps;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Integer>[] newHashMaps(int n) {
        Map<String, Integer>[] maps = new Map[n];
        for (int i = 0; i < n; i++) {
            maps[i] = new HashMap<>();
        }
        return maps;
    }
}
