package kz.tizim.core.hosting;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A compact table from disjoint IP address ranges to {@code int} values, one sorted set of
 * primitive arrays per family, looked up by binary search.
 *
 * <p>Starts and ends are stored with their sign bit flipped, so plain signed comparison orders them
 * as unsigned addresses. IPv4 uses {@code int[]} (12 bytes per range), IPv6 {@code long[]} pairs
 * (36 bytes per range). The tables of the offline databases (≈ 400 000 IPv4 and 100 000 IPv6 ranges)
 * take about 8 MB.
 *
 * <p><b>Lookup contract:</b> {@link #lookupV4} and {@link #lookupV6} allocate nothing, box nothing,
 * throw nothing, and take O(log n) time (about 19 probes on the full tables; measured in
 * {@code bench/…/HostingLookupBenchmark}). They return {@link #MISSING} for an address in no range.
 * Instances are immutable and safe to share between threads.
 */
public final class IpRanges {

    /** Sentinel value of an address in no range. */
    public static final int MISSING = -1;

    private static final int V4_BIAS = Integer.MIN_VALUE;
    private static final long V6_BIAS = Long.MIN_VALUE;

    private final int[] v4Starts;
    private final int[] v4Ends;
    private final int[] v4Values;
    private final long[] v6StartHigh;
    private final long[] v6StartLow;
    private final long[] v6EndHigh;
    private final long[] v6EndLow;
    private final int[] v6Values;
    private final int clipped;

    private IpRanges(int[] v4Starts, int[] v4Ends, int[] v4Values, long[] v6StartHigh, long[] v6StartLow,
            long[] v6EndHigh, long[] v6EndLow, int[] v6Values, int clipped) {
        this.v4Starts = v4Starts;
        this.v4Ends = v4Ends;
        this.v4Values = v4Values;
        this.v6StartHigh = v6StartHigh;
        this.v6StartLow = v6StartLow;
        this.v6EndHigh = v6EndHigh;
        this.v6EndLow = v6EndLow;
        this.v6Values = v6Values;
        this.clipped = clipped;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of the range holding the IPv4 address (its 32 bits), or {@link #MISSING}. */
    public int lookupV4(int address) {
        int key = address ^ V4_BIAS;
        int[] starts = v4Starts;
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && key <= v4Ends[found] ? v4Values[found] : MISSING;
    }

    /** The value of the range holding the IPv6 address (high and low 64 bits), or {@link #MISSING}. */
    public int lookupV6(long high, long low) {
        long keyHigh = high ^ V6_BIAS;
        long keyLow = low ^ V6_BIAS;
        long[] startHigh = v6StartHigh;
        long[] startLow = v6StartLow;
        int lo = 0;
        int hi = startHigh.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long sh = startHigh[mid];
            if (sh < keyHigh || (sh == keyHigh && startLow[mid] <= keyLow)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return MISSING;
        }
        long eh = v6EndHigh[found];
        return eh > keyHigh || (eh == keyHigh && v6EndLow[found] >= keyLow) ? v6Values[found] : MISSING;
    }

    /** The value of the range holding the address, or {@link #MISSING}. */
    public int lookup(IpAddress address) {
        return address.v6() ? lookupV6(address.high(), address.low()) : lookupV4(address.v4Bits());
    }

    /** Receives IPv4 ranges (unsigned 32-bit values in ints). */
    public interface V4Visitor {
        void range(int start, int end, int value);
    }

    /** Receives IPv6 ranges (unsigned 128-bit values in two longs). */
    public interface V6Visitor {
        void range(long startHigh, long startLow, long endHigh, long endLow, int value);
    }

    /** Visits every IPv4 range in address order (for exports and benchmark baselines). */
    public void forEachV4(V4Visitor visitor) {
        for (int i = 0; i < v4Starts.length; i++) {
            visitor.range(v4Starts[i] ^ V4_BIAS, v4Ends[i] ^ V4_BIAS, v4Values[i]);
        }
    }

    /** Visits every IPv6 range in address order. */
    public void forEachV6(V6Visitor visitor) {
        for (int i = 0; i < v6StartHigh.length; i++) {
            visitor.range(v6StartHigh[i] ^ V6_BIAS, v6StartLow[i] ^ V6_BIAS, v6EndHigh[i] ^ V6_BIAS,
                    v6EndLow[i] ^ V6_BIAS, v6Values[i]);
        }
    }

    /** Number of IPv4 ranges. */
    public int v4Size() {
        return v4Starts.length;
    }

    /** Number of IPv6 ranges. */
    public int v6Size() {
        return v6StartHigh.length;
    }

    /** Ranges that overlapped an earlier-starting one and were cut back (or dropped) while building. */
    public int clipped() {
        return clipped;
    }

    /** Approximate heap taken by the arrays, in bytes. */
    public long footprint() {
        return 12L * v4Starts.length + 36L * v6StartHigh.length;
    }

    /**
     * Collects ranges in any order. {@link #build()} sorts them; where ranges overlap, the one that
     * starts first keeps the overlap and the later one is cut back to what remains (or dropped);
     * adjacent ranges with the same value are merged.
     */
    public static final class Builder {

        private int[] v4s = new int[1024];
        private int[] v4e = new int[1024];
        private int[] v4v = new int[1024];
        private int v4n;
        private long[] v6sh = new long[256];
        private long[] v6sl = new long[256];
        private long[] v6eh = new long[256];
        private long[] v6el = new long[256];
        private int[] v6v = new int[256];
        private int v6n;

        private Builder() {
        }

        /** Adds the IPv4 range {@code [start, end]} (unsigned 32-bit values, inclusive). */
        public Builder addV4(int start, int end, int value) {
            if (Integer.compareUnsigned(start, end) > 0) {
                throw new IllegalArgumentException("range start after its end");
            }
            if (v4n == v4s.length) {
                int size = v4n * 2;
                v4s = Arrays.copyOf(v4s, size);
                v4e = Arrays.copyOf(v4e, size);
                v4v = Arrays.copyOf(v4v, size);
            }
            v4s[v4n] = start ^ V4_BIAS;
            v4e[v4n] = end ^ V4_BIAS;
            v4v[v4n] = value;
            v4n++;
            return this;
        }

        /** Adds the IPv6 range from start to end (unsigned 128-bit values in two longs, inclusive). */
        public Builder addV6(long startHigh, long startLow, long endHigh, long endLow, int value) {
            if (compare(startHigh ^ V6_BIAS, startLow ^ V6_BIAS, endHigh ^ V6_BIAS, endLow ^ V6_BIAS) > 0) {
                throw new IllegalArgumentException("range start after its end");
            }
            if (v6n == v6sh.length) {
                int size = v6n * 2;
                v6sh = Arrays.copyOf(v6sh, size);
                v6sl = Arrays.copyOf(v6sl, size);
                v6eh = Arrays.copyOf(v6eh, size);
                v6el = Arrays.copyOf(v6el, size);
                v6v = Arrays.copyOf(v6v, size);
            }
            v6sh[v6n] = startHigh ^ V6_BIAS;
            v6sl[v6n] = startLow ^ V6_BIAS;
            v6eh[v6n] = endHigh ^ V6_BIAS;
            v6el[v6n] = endLow ^ V6_BIAS;
            v6v[v6n] = value;
            v6n++;
            return this;
        }

        /** Adds the range from {@code start} to {@code end}; both of one family. */
        public Builder add(IpAddress start, IpAddress end, int value) {
            if (start.v6() != end.v6()) {
                throw new IllegalArgumentException("range " + start + "-" + end + " mixes IPv4 and IPv6");
            }
            return start.v6() ? addV6(start.high(), start.low(), end.high(), end.low(), value)
                    : addV4(start.v4Bits(), end.v4Bits(), value);
        }

        /** Adds a CIDR network: {@code prefix} must have no bits set beyond {@code length}. */
        public Builder addNetwork(IpAddress prefix, int length, int value) {
            int width = prefix.v6() ? 128 : 32;
            if (length < 0 || length > width) {
                throw new IllegalArgumentException("prefix length " + length + " out of range for " + prefix);
            }
            if (!prefix.v6()) {
                int hostMask = length == 0 ? -1 : (int) ((1L << (32 - length)) - 1);
                if ((prefix.v4Bits() & hostMask) != 0) {
                    throw new IllegalArgumentException(prefix + "/" + length + " has host bits set");
                }
                return addV4(prefix.v4Bits(), prefix.v4Bits() | hostMask, value);
            }
            int hostBits = 128 - length;
            long maskHigh = hostBits >= 64 ? (hostBits == 128 ? -1L : (1L << (hostBits - 64)) - 1) : 0;
            long maskLow = hostBits >= 64 ? -1L : (hostBits == 0 ? 0 : (1L << hostBits) - 1);
            if ((prefix.high() & maskHigh) != 0 || (prefix.low() & maskLow) != 0) {
                throw new IllegalArgumentException(prefix + "/" + length + " has host bits set");
            }
            return addV6(prefix.high(), prefix.low(), prefix.high() | maskHigh, prefix.low() | maskLow, value);
        }

        public IpRanges build() {
            int[] clipped = {0};
            int[] v4Order = order(v4n, (a, b) -> Integer.compare(v4s[a], v4s[b]));
            int[] s4 = new int[v4n];
            int[] e4 = new int[v4n];
            int[] x4 = new int[v4n];
            int n4 = 0;
            for (int i : v4Order) {
                int start = v4s[i];
                int end = v4e[i];
                if (n4 > 0 && start <= e4[n4 - 1]) {
                    clipped[0]++;
                    if (end <= e4[n4 - 1]) {
                        continue;
                    }
                    start = e4[n4 - 1] + 1;
                }
                if (n4 > 0 && x4[n4 - 1] == v4v[i] && start == e4[n4 - 1] + 1) {
                    e4[n4 - 1] = end;
                    continue;
                }
                s4[n4] = start;
                e4[n4] = end;
                x4[n4] = v4v[i];
                n4++;
            }
            int[] v6Order = order(v6n, (a, b) -> compare(v6sh[a], v6sl[a], v6sh[b], v6sl[b]));
            long[] sh = new long[v6n];
            long[] sl = new long[v6n];
            long[] eh = new long[v6n];
            long[] el = new long[v6n];
            int[] x6 = new int[v6n];
            int n6 = 0;
            for (int i : v6Order) {
                long startHigh = v6sh[i];
                long startLow = v6sl[i];
                if (n6 > 0 && compare(startHigh, startLow, eh[n6 - 1], el[n6 - 1]) <= 0) {
                    clipped[0]++;
                    if (compare(v6eh[i], v6el[i], eh[n6 - 1], el[n6 - 1]) <= 0) {
                        continue;
                    }
                    // The previous end plus one, in biased form (the carry crosses into the high half).
                    startLow = el[n6 - 1] + 1;
                    startHigh = startLow == V6_BIAS ? eh[n6 - 1] + 1 : eh[n6 - 1];
                }
                if (n6 > 0 && x6[n6 - 1] == v6v[i] && adjacent(eh[n6 - 1], el[n6 - 1], startHigh, startLow)) {
                    eh[n6 - 1] = v6eh[i];
                    el[n6 - 1] = v6el[i];
                    continue;
                }
                sh[n6] = startHigh;
                sl[n6] = startLow;
                eh[n6] = v6eh[i];
                el[n6] = v6el[i];
                x6[n6] = v6v[i];
                n6++;
            }
            return new IpRanges(Arrays.copyOf(s4, n4), Arrays.copyOf(e4, n4), Arrays.copyOf(x4, n4),
                    Arrays.copyOf(sh, n6), Arrays.copyOf(sl, n6), Arrays.copyOf(eh, n6), Arrays.copyOf(el, n6),
                    Arrays.copyOf(x6, n6), clipped[0]);
        }

        private interface IndexOrder {
            int compare(int a, int b);
        }

        /** Indexes 0..n-1 ordered by start; a stable merge sort on primitives (input is usually sorted). */
        private static int[] order(int n, IndexOrder cmp) {
            int[] a = new int[n];
            boolean sorted = true;
            for (int i = 0; i < n; i++) {
                a[i] = i;
                if (i > 0 && cmp.compare(i - 1, i) > 0) {
                    sorted = false;
                }
            }
            if (sorted) {
                return a;
            }
            int[] b = new int[n];
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    int i = lo;
                    int j = mid;
                    int k = lo;
                    while (i < mid && j < hi) {
                        b[k++] = cmp.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                    }
                    while (i < mid) {
                        b[k++] = a[i++];
                    }
                    while (j < hi) {
                        b[k++] = a[j++];
                    }
                }
                int[] t = a;
                a = b;
                b = t;
            }
            return a;
        }
    }

    /** Whether the biased value {@code b} is {@code a + 1}. */
    private static boolean adjacent(long aHigh, long aLow, long bHigh, long bLow) {
        long nextLow = aLow + 1;
        long nextHigh = nextLow == V6_BIAS ? aHigh + 1 : aHigh;
        return nextHigh == bHigh && nextLow == bLow;
    }

    /** Writes the table in a compact binary form, read back by {@link #readFrom}. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(v4Starts.length);
        for (int i = 0; i < v4Starts.length; i++) {
            out.writeInt(v4Starts[i]);
            out.writeInt(v4Ends[i]);
            out.writeInt(v4Values[i]);
        }
        out.writeInt(v6StartHigh.length);
        for (int i = 0; i < v6StartHigh.length; i++) {
            out.writeLong(v6StartHigh[i]);
            out.writeLong(v6StartLow[i]);
            out.writeLong(v6EndHigh[i]);
            out.writeLong(v6EndLow[i]);
            out.writeInt(v6Values[i]);
        }
    }

    /** Reads a table written by {@link #writeTo}, checking that its ranges are sorted and disjoint. */
    public static IpRanges readFrom(DataInput in) throws IOException {
        int n4 = in.readInt();
        if (n4 < 0 || n4 > 1 << 26) {
            throw new IOException("corrupt range table");
        }
        int[] s4 = new int[n4];
        int[] e4 = new int[n4];
        int[] x4 = new int[n4];
        for (int i = 0; i < n4; i++) {
            s4[i] = in.readInt();
            e4[i] = in.readInt();
            x4[i] = in.readInt();
            if (e4[i] < s4[i] || (i > 0 && s4[i] <= e4[i - 1])) {
                throw new IOException("corrupt range table: IPv4 ranges out of order at " + i);
            }
        }
        int n6 = in.readInt();
        if (n6 < 0 || n6 > 1 << 26) {
            throw new IOException("corrupt range table");
        }
        long[] sh = new long[n6];
        long[] sl = new long[n6];
        long[] eh = new long[n6];
        long[] el = new long[n6];
        int[] x6 = new int[n6];
        for (int i = 0; i < n6; i++) {
            sh[i] = in.readLong();
            sl[i] = in.readLong();
            eh[i] = in.readLong();
            el[i] = in.readLong();
            x6[i] = in.readInt();
            if (compare(eh[i], el[i], sh[i], sl[i]) < 0 || (i > 0 && compare(sh[i], sl[i], eh[i - 1], el[i - 1]) <= 0)) {
                throw new IOException("corrupt range table: IPv6 ranges out of order at " + i);
            }
        }
        return new IpRanges(s4, e4, x4, sh, sl, eh, el, x6, 0);
    }

    /** Compares two biased 128-bit values. */
    private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        return aHigh != bHigh ? Long.compare(aHigh, bHigh) : Long.compare(aLow, bLow);
    }
}
