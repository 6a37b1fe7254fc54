package kz.tizim.match.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

/** The compiled matcher agrees with obviously correct slow implementations on random lists. */
class CompiledMatcherPropertyTest {

    private record Network(long high, long low, int length, int bits, int payload) {
        boolean covers(long h, long l) {
            int hostBits = bits - length;
            if (bits == 32) {
                return hostBits == 32 || (l >>> hostBits) == (low >>> hostBits);
            }
            if (length == 0) {
                return true;
            }
            if (length <= 64) {
                return length == 64 ? h == high : (h >>> (64 - length)) == (high >>> (64 - length));
            }
            return h == high && (length == 128 ? l == low : (l >>> (128 - length)) == (low >>> (128 - length)));
        }
    }

    @Test
    void findsTheNarrowestNetworkLikeALinearScan() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            boolean v6 = round % 2 == 1;
            int bits = v6 ? 128 : 32;
            List<Network> networks = new ArrayList<>();
            CompiledMatcher.Builder builder = CompiledMatcher.builder();
            int count = 1 + random.nextInt(400);
            // Cluster addresses so that networks nest and touch.
            long baseHigh = v6 ? 0x20010db800000000L : 0;
            for (int i = 0; i < count; i++) {
                int length = v6 ? 32 + random.nextInt(97) : random.nextInt(33);
                long high = v6 ? baseHigh | (random.nextLong() & 0xFFFFL) << 16 : 0;
                long low = v6 ? random.nextLong() & 0xFF : 0xC0000000L | (random.nextInt(1 << 12) & 0xFFFL) << 8;
                if (!v6) {
                    low = length == 0 ? 0 : low & (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
                } else if (length <= 64) {
                    high = length == 64 ? high : high & (-1L << (64 - length));
                    low = 0;
                } else {
                    low = length == 128 ? low : low & (-1L << (128 - length));
                }
                String address = v6 ? kz.tizim.match.locator.Canonicalizer.ipv6Text(high, low)
                        : kz.tizim.match.locator.Canonicalizer.ipv4Text((int) low);
                builder.add(LocatorKind.CIDR, address + "/" + length, i);
                networks.add(new Network(high, low, length, bits, i));
            }
            CompiledMatcher matcher = builder.build();
            for (int q = 0; q < 2000; q++) {
                Network pick = networks.get(random.nextInt(networks.size()));
                long h = v6 ? pick.high() ^ (random.nextInt(4) == 0 ? random.nextLong() & 0xFFFF : 0) : 0;
                long l = v6 ? pick.low() ^ (random.nextLong() & 0x1FF) : (pick.low() ^ random.nextInt(1 << 10)) & 0xFFFFFFFFL;
                int expected = -1;
                int expectedLength = -1;
                for (Network n : networks) {
                    if (n.covers(h, l) && n.length() > expectedLength) {
                        expected = n.payload();
                        expectedLength = n.length();
                    }
                }
                int entry = v6 ? matcher.matchIpv6(h, l) : matcher.matchIpv4((int) l);
                int actualLength = entry < 0 ? -1 : networks.get(matcher.payload(entry)).length();
                assertThat(actualLength).as("round %d query %x:%x", round, h, l).isEqualTo(expectedLength);
                if (expected >= 0) {
                    assertThat(networks.get(matcher.payload(entry)).covers(h, l)).isTrue();
                }
            }
        }
    }

    @Test
    void findsTheNearestDomainLikeASuffixWalk() {
        Random random = new Random(7);
        String[] labels = {"a", "b", "www", "shop", "mirror", "cdn", "x1", "example", "test"};
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> trees = new HashMap<>();
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        for (int i = 0; i < 3000; i++) {
            String name = randomName(random, labels);
            if (random.nextBoolean()) {
                if (exact.putIfAbsent(name, i) == null) {
                    builder.add(LocatorKind.DOMAIN, name, i);
                }
            } else if (trees.putIfAbsent(name, i) == null) {
                builder.add(LocatorKind.DOMAIN_TREE, name, i);
            }
        }
        CompiledMatcher matcher = builder.build();
        for (int q = 0; q < 20000; q++) {
            String host = randomName(random, labels);
            Integer expected = exact.get(host);
            if (expected == null) {
                for (String suffix = host; ; suffix = suffix.substring(suffix.indexOf('.') + 1)) {
                    expected = trees.get(suffix);
                    if (expected != null || suffix.indexOf('.') < 0) {
                        break;
                    }
                }
            }
            int entry = matcher.matchHost(host);
            assertThat(entry < 0 ? null : matcher.payload(entry)).as(host).isEqualTo(expected);
        }
    }

    @Test
    void answersTheSameFromManyThreads() throws Exception {
        Random random = new Random(3);
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String host = "site" + random.nextInt(1_000_000) + ".example";
            hosts.add(host);
            builder.add(LocatorKind.DOMAIN_TREE, host, i);
        }
        CompiledMatcher matcher = builder.build();
        int[] expected = new int[hosts.size()];
        for (int i = 0; i < hosts.size(); i++) {
            expected[i] = matcher.matchUrl("http://www." + hosts.get(i) + "/p");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < hosts.size(); i++) {
                            if (matcher.matchUrl("http://www." + hosts.get(i) + "/p") != expected[i]) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).doesNotContain(CompiledMatcher.NONE, CompiledMatcher.INVALID);
    }

    private static String randomName(Random random, String[] labels) {
        int depth = 1 + random.nextInt(4);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            name.append(labels[random.nextInt(labels.length)]).append('.');
        }
        return name.append(random.nextBoolean() ? "example" : "test").toString();
    }
}
