package kz.tizim.match.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

class HostIndexTest {

    @Test
    void findsNamesTooLongToSitInABucket() {
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        String[] names = new String[6];
        for (int i = 0; i < names.length; i++) {
            // 41 to 211 bytes: all but the first live outside the buckets.
            names[i] = String.join(".", java.util.Collections.nCopies(i + 1, "l" + i + "-" + "a".repeat(30))) + ".example";
            builder.add(i % 2 == 0 ? LocatorKind.DOMAIN : LocatorKind.DOMAIN_TREE, names[i], i);
        }
        CompiledMatcher matcher = builder.build();
        for (int i = 0; i < names.length; i++) {
            int entry = matcher.matchHost(names[i]);
            assertThat(matcher.payload(entry)).as(names[i]).isEqualTo(i);
            assertThat(matcher.value(entry)).isEqualTo(names[i]);
            int under = matcher.matchHost("www." + names[i]);
            assertThat(under).as("under " + names[i]).isEqualTo(i % 2 == 0 ? CompiledMatcher.NONE : entry);
        }
        assertThat(matcher.matchHost(names[5].replace("l5-", "l6-"))).isEqualTo(CompiledMatcher.NONE);
    }

    @Test
    void reportsAFullTableInsteadOfLoopingAndStillAnswersLookups() {
        HostIndex index = HostIndex.forItems(10, 1);
        byte[][] names = new byte[3][];
        long[] hashes = new long[3];
        int placed = 0;
        for (int i = 0; i < names.length; i++) {
            names[i] = ("name-number-" + i + "-" + "x".repeat(20) + ".example").getBytes(StandardCharsets.US_ASCII);
            hashes[i] = 0x1234_5678_0000_0000L * (i + 1);
            if (index.insert(names[i], 0, names[i].length, hashes[i], 0, i, -1) >= 0) {
                placed++;
            }
        }
        assertThat(placed).as("two buckets hold one such name each").isEqualTo(2);
        index.seal(false);
        byte[] absent = "absent.example".getBytes(StandardCharsets.US_ASCII);
        assertThat(index.find(absent, 0, absent.length, 42L)).isEqualTo(-1);
        for (int i = 0; i < 2; i++) {
            int item = index.find(names[i], 0, names[i].length, hashes[i]);
            assertThat(index.entry(item, true)).isEqualTo(i);
        }
    }

    @Test
    void buildsTinyListsWhoseNamesFragmentTheBuckets() {
        // Names of 51 bytes fill a bucket alone; with short names beside them the first sizing
        // may not hold them all, and the table is made larger instead.
        for (int n = 1; n < 40; n++) {
            CompiledMatcher.Builder builder = CompiledMatcher.builder();
            for (int i = 0; i < n; i++) {
                String label = i % 2 == 0 ? "x".repeat(43) + String.format("%03d", i) : "s" + i;
                builder.add(LocatorKind.DOMAIN, label + ".test", i);
            }
            CompiledMatcher matcher = builder.build();
            for (int i = 0; i < n; i++) {
                String label = i % 2 == 0 ? "x".repeat(43) + String.format("%03d", i) : "s" + i;
                assertThat(matcher.payload(matcher.matchHost(label + ".test"))).isEqualTo(i);
            }
        }
    }
}
