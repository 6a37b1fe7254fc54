package kz.tizim.match.matcher;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * IP addresses and networks of one family, flattened into disjoint segments.
 *
 * <p>CIDR networks are either nested or disjoint, so sweeping them in address order with a stack
 * cuts the address space into at most {@code 2n + 1} segments, each labelled with the narrowest
 * entry covering it (exact addresses count as narrower than a /32 or /128). A lookup finds the last
 * segment starting at or before the address: a bucket index on the 16 address bits that follow the
 * prefix all segments share narrows it to a few dozen segments, then a binary search finishes.
 * Addresses are unsigned 128-bit values in two longs; IPv4 tables keep only the low long.
 */
final class RangeTable {

    private static final int BUCKET_BITS = 16;

    private final long @Nullable [] high;
    private final long[] low;
    private final int[] entries;
    private final int size;
    private final int prefixBits;
    private final int bucketBits;
    private final long baseHigh;
    private final long baseLow;
    private final long maskHigh;
    private final long maskLow;
    private final int @Nullable [] bucketStarts;

    private RangeTable(long @Nullable [] high, long[] low, int[] entries, int size) {
        this.high = high;
        this.low = low;
        this.entries = entries;
        this.size = size;
        if (size < 3) {
            prefixBits = 0;
            bucketBits = 0;
            baseHigh = 0;
            baseLow = 0;
            maskHigh = 0;
            maskLow = 0;
            bucketStarts = null;
            return;
        }
        long minHigh = highAt(1);
        long minLow = low[1];
        long maxHigh = highAt(size - 1);
        long maxLow = low[size - 1];
        int p = minHigh != maxHigh ? Long.numberOfLeadingZeros(minHigh ^ maxHigh)
                : 64 + Long.numberOfLeadingZeros(minLow ^ maxLow);
        int b = Math.min(BUCKET_BITS, Math.min(128 - p, 33 - Integer.numberOfLeadingZeros(size)));
        prefixBits = p;
        bucketBits = b;
        maskHigh = p == 0 ? 0 : p >= 64 ? -1L : -1L << (64 - p);
        maskLow = p <= 64 ? 0 : p == 128 ? -1L : -1L << (128 - p);
        baseHigh = minHigh & maskHigh;
        baseLow = minLow & maskLow;
        int[] starts = new int[(1 << b) + 1];
        int j = 1;
        for (int k = 0; k <= 1 << b; k++) {
            while (j < size && bucket(highAt(j), low[j]) < k) {
                j++;
            }
            starts[k] = j;
        }
        bucketStarts = starts;
    }

    /**
     * Builds the table from {@code count} ranges: start address, prefix length ({@code width + 1}
     * for an exact address) and entry. Among identical ranges the one listed first wins.
     */
    static RangeTable build(boolean v6, long[] startHigh, long[] startLow, int[] lengths, int[] rangeEntries,
            int count) {
        int width = v6 ? 128 : 32;
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        sort(order, startHigh, startLow, lengths);
        Segments out = new Segments(count * 2 + 1);
        out.emit(0, 0, -1);
        long[] stackEndHigh = new long[width + 2];
        long[] stackEndLow = new long[width + 2];
        int[] stackEntry = new int[width + 2];
        int depth = 0;
        int previous = -1;
        for (int k = 0; k < count; k++) {
            int i = order[k];
            if (previous >= 0 && startHigh[previous] == startHigh[i] && startLow[previous] == startLow[i]
                    && lengths[previous] == lengths[i]) {
                continue;
            }
            previous = i;
            while (depth > 0 && compare(stackEndHigh[depth - 1], stackEndLow[depth - 1], startHigh[i], startLow[i]) < 0) {
                depth--;
                out.emitAfter(stackEndHigh[depth], stackEndLow[depth], width, depth > 0 ? stackEntry[depth - 1] : -1);
            }
            out.emit(startHigh[i], startLow[i], rangeEntries[i]);
            int hostBits = width - Math.min(lengths[i], width);
            long endHigh = startHigh[i];
            long endLow = startLow[i];
            if (hostBits >= 64) {
                endLow = -1L;
                endHigh |= hostBits == 128 ? -1L : (1L << (hostBits - 64)) - 1;
            } else if (hostBits > 0) {
                endLow |= (1L << hostBits) - 1;
            }
            stackEndHigh[depth] = endHigh;
            stackEndLow[depth] = endLow;
            stackEntry[depth] = rangeEntries[i];
            depth++;
        }
        while (depth > 0) {
            depth--;
            out.emitAfter(stackEndHigh[depth], stackEndLow[depth], width, depth > 0 ? stackEntry[depth - 1] : -1);
        }
        return new RangeTable(v6 ? Arrays.copyOf(out.high, out.size) : null, Arrays.copyOf(out.low, out.size),
                Arrays.copyOf(out.entries, out.size), out.size);
    }

    /** The entry of the narrowest range covering the address, or -1. Allocation-free. */
    int lookup(long addressHigh, long addressLow) {
        int[] buckets = bucketStarts;
        int from;
        int to;
        if (buckets == null) {
            from = 1;
            to = size;
        } else {
            long mh = addressHigh & maskHigh;
            long ml = addressLow & maskLow;
            if (mh != baseHigh || ml != baseLow) {
                return compare(mh, ml, baseHigh, baseLow) < 0 ? entries[0] : entries[size - 1];
            }
            int k = bucket(addressHigh, addressLow);
            from = buckets[k];
            to = buckets[k + 1];
        }
        int lo = from;
        int hi = to - 1;
        int found = from - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(highAt(mid), low[mid], addressHigh, addressLow) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return entries[found];
    }

    int segments() {
        return size;
    }

    long footprint() {
        long bytes = 8L * low.length + 4L * entries.length;
        if (high != null) {
            bytes += 8L * high.length;
        }
        if (bucketStarts != null) {
            bytes += 4L * bucketStarts.length;
        }
        return bytes;
    }

    private long highAt(int i) {
        long[] h = high;
        return h == null ? 0 : h[i];
    }

    private int bucket(long h, long l) {
        int p = prefixBits;
        long x;
        if (p == 0) {
            x = h;
        } else if (p < 64) {
            x = (h << p) | (l >>> (64 - p));
        } else if (p < 128) {
            x = l << (p - 64);
        } else {
            x = 0;
        }
        return (int) (x >>> (64 - bucketBits));
    }

    static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        return aHigh != bHigh ? Long.compareUnsigned(aHigh, bHigh) : Long.compareUnsigned(aLow, bLow);
    }

    /** Stable merge sort of range indexes by start address, then by prefix length (wider first). */
    private static void sort(int[] order, long[] startHigh, long[] startLow, int[] lengths) {
        int n = order.length;
        int[] buffer = new int[n];
        int[] src = order;
        int[] dst = buffer;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    int a = src[i];
                    int b = src[j];
                    int c = compare(startHigh[a], startLow[a], startHigh[b], startLow[b]);
                    if (c == 0) {
                        c = Integer.compare(lengths[a], lengths[b]);
                    }
                    dst[k++] = c <= 0 ? src[i++] : src[j++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != order) {
            System.arraycopy(src, 0, order, 0, n);
        }
    }

    /** Growable segment list; merges neighbours with the same entry and overwrites same-start segments. */
    private static final class Segments {
        long[] high;
        long[] low;
        int[] entries;
        int size;

        Segments(int capacity) {
            high = new long[capacity];
            low = new long[capacity];
            entries = new int[capacity];
        }

        void emit(long h, long l, int entry) {
            if (size > 0 && high[size - 1] == h && low[size - 1] == l) {
                entries[size - 1] = entry;
                if (size > 1 && entries[size - 2] == entry) {
                    size--;
                }
                return;
            }
            if (size > 0 && entries[size - 1] == entry) {
                return;
            }
            high[size] = h;
            low[size] = l;
            entries[size] = entry;
            size++;
        }

        /** Emits a segment starting just after {@code end}, unless {@code end} is the last address. */
        void emitAfter(long endHigh, long endLow, int width, int entry) {
            if (width == 32 ? endLow == 0xFFFFFFFFL : endHigh == -1L && endLow == -1L) {
                return;
            }
            long l = endLow + 1;
            long h = l == 0 ? endHigh + 1 : endHigh;
            emit(h, l, entry);
        }
    }
}
