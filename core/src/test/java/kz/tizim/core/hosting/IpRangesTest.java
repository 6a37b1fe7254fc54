package kz.tizim.core.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IpRangesTest {

    private static IpAddress ip(String text) {
        return IpAddress.of(text);
    }

    @Test
    void findsTheRangeHoldingAnAddressAndNothingInTheGaps() {
        IpRanges table = IpRanges.builder()
                .add(ip("1.0.0.0"), ip("1.0.0.255"), 10)
                .add(ip("1.0.4.0"), ip("1.0.7.255"), 11)
                .add(ip("255.255.255.0"), ip("255.255.255.255"), 12)
                .build();

        assertThat(table.lookup(ip("1.0.0.0"))).isEqualTo(10);
        assertThat(table.lookup(ip("1.0.0.255"))).isEqualTo(10);
        assertThat(table.lookup(ip("1.0.1.0"))).isEqualTo(IpRanges.MISSING);
        assertThat(table.lookup(ip("1.0.5.9"))).isEqualTo(11);
        assertThat(table.lookup(ip("0.255.255.255"))).isEqualTo(IpRanges.MISSING);
        assertThat(table.lookup(ip("255.255.255.255"))).isEqualTo(12);
        assertThat(table.lookup(ip("128.0.0.1"))).as("the sign bit is an address bit").isEqualTo(IpRanges.MISSING);
    }

    @Test
    void comparesIpv6AddressesAsUnsigned128BitValues() {
        IpRanges table = IpRanges.builder()
                .addNetwork(ip("2001:db8::"), 32, 1)
                .addNetwork(ip("fe80::"), 10, 2)
                .add(ip("2a00::"), ip("2a00::ffff:ffff:ffff:ffff"), 3)
                .build();

        assertThat(table.lookup(ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))).isEqualTo(1);
        assertThat(table.lookup(ip("2001:db9::"))).isEqualTo(IpRanges.MISSING);
        assertThat(table.lookup(ip("febf::1"))).isEqualTo(2);
        assertThat(table.lookup(ip("2a00::1:0:0:0"))).isEqualTo(3);
        assertThat(table.lookup(ip("2a00:0:0:1::"))).isEqualTo(IpRanges.MISSING);
        assertThat(table.lookup(ip("1.2.3.4"))).as("families are separate").isEqualTo(IpRanges.MISSING);
    }

    @Test
    void sortsUnorderedInputAndCutsBackOverlaps() {
        IpRanges table = IpRanges.builder()
                .add(ip("10.0.0.100"), ip("10.0.0.200"), 2)
                .add(ip("10.0.0.0"), ip("10.0.0.150"), 1)
                .add(ip("10.0.0.10"), ip("10.0.0.20"), 3)
                .build();

        assertThat(table.lookup(ip("10.0.0.15"))).isEqualTo(1);
        assertThat(table.lookup(ip("10.0.0.150"))).isEqualTo(1);
        assertThat(table.lookup(ip("10.0.0.151"))).isEqualTo(2);
        assertThat(table.clipped()).isEqualTo(2);
        assertThat(table.v4Size()).isEqualTo(2);
    }

    @Test
    void cutsBackAnIpv6OverlapAcrossTheHalfBoundary() {
        IpRanges table = IpRanges.builder()
                .add(ip("2a00::"), ip("2a00::ffff:ffff:ffff:ffff"), 1)
                .add(ip("2a00::8000:0:0:0"), ip("2a00:0:0:1::ff"), 2)
                .build();

        assertThat(table.lookup(ip("2a00::ffff:ffff:ffff:ffff"))).isEqualTo(1);
        assertThat(table.lookup(ip("2a00:0:0:1::"))).isEqualTo(2);
    }

    @Test
    void refusesNetworksWithHostBitsSet() {
        assertThatThrownBy(() -> IpRanges.builder().addNetwork(ip("10.0.0.1"), 8, 0))
                .hasMessageContaining("host bits");
    }

    @Test
    void agreesWithATreeMapOnRandomRangesAndAddresses() {
        Random random = new Random(7);
        TreeMap<Long, long[]> reference = new TreeMap<>();
        IpRanges.Builder builder = IpRanges.builder();
        long next = 0;
        for (int i = 0; i < 5000; i++) {
            long start = next + random.nextInt(5000);
            long end = start + random.nextInt(5000);
            if (end > 0xFFFF_FFFFL) {
                break;
            }
            builder.addV4((int) start, (int) end, i);
            reference.put(start, new long[] {end, i});
            next = end + 1;
        }
        IpRanges table = builder.build();
        for (int i = 0; i < 100_000; i++) {
            long address = random.nextLong() & 0xFFFF_FFFFL;
            if (i % 2 == 0) {
                address = address % (next + 1);
            }
            Map.Entry<Long, long[]> floor = reference.floorEntry(address);
            int expected = floor != null && address <= floor.getValue()[0] ? (int) floor.getValue()[1] : IpRanges.MISSING;
            assertThat(table.lookupV4((int) address)).as("address %d", address).isEqualTo(expected);
        }
    }
}
