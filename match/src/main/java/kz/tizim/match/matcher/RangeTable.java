package kz.tizim.match.matcher;

import org.jspecify.annotations.Nullable;

/**
 * IP addresses and networks of one family, flattened into disjoint segments.
 *
 * <p>CIDR networks are either nested or disjoint, so sweeping them in address order with a stack
 * cuts the address space into at most {@code 2n + 1} segments, each labelled with the narrowest
 * entry covering it (exact addresses count as narrower than a /32 or /128). A lookup finds the last
 * segment starting at or before the address.
 *
 * <p>Layout, for one or two cache misses per lookup: a directory of up to 2<sup>20</sup> buckets,
 * indexed by the address bits that follow the prefix all segments share. A bucket that lies inside
 * one segment holds that segment's entry itself (as {@code -2 - entry}); any other holds the index
 * of the segment covering its first address (low 27 bits) and how many segments meet the bucket
 * (top bits, saturating at 15). A short forward scan, or a galloping search in a crowded bucket,
 * then finds the segment. Segments keep their start and entry side by side, so the scan's last read
 * is the answer: IPv4 as one {@code long} ({@code start << 32 | entry}), IPv6 as three ({@code
 * high, low, entry}). Addresses are unsigned; IPv4 tables see them in the low 32 bits of the low long.
 */
final class RangeTable {

    private static final int MAX_BUCKET_BITS = 20;
    private static final int MAX_SEGMENTS = 1 << 27;
    private static final int INDEX_MASK = MAX_SEGMENTS - 1;
    private static final int COUNT_SHIFT = 27;
    private static final int SCAN_LIMIT = 8;

    /** IPv4: {@code start << 32 | entry}; IPv6: {@code high, low, entry} per segment. */
    private final long[] segments;
    private final int size;
    private final int prefixBits;
    private final int bucketBits;
    private final long baseHigh;
    private final long baseLow;
    private final long maskHigh;
    private final long maskLow;
    private final int @Nullable [] directory;

    private RangeTable(boolean v6, long[] high, long[] low, int[] entries, int size) {
        if (size > MAX_SEGMENTS) {
            throw new IllegalStateException("more than " + MAX_SEGMENTS + " address segments");
        }
        this.size = size;
        if (v6) {
            segments = new long[3 * size];
            for (int i = 0; i < size; i++) {
                segments[3 * i] = high[i];
                segments[3 * i + 1] = low[i];
                segments[3 * i + 2] = entries[i];
            }
        } else {
            segments = new long[size];
            for (int i = 0; i < size; i++) {
                segments[i] = low[i] << 32 | (entries[i] & 0xFFFF_FFFFL);
            }
        }
        if (size < 3) {
            prefixBits = 0;
            bucketBits = 0;
            baseHigh = 0;
            baseLow = 0;
            maskHigh = 0;
            maskLow = 0;
            directory = null;
            return;
        }
        long minHigh = high[1];
        long minLow = low[1];
        long maxHigh = high[size - 1];
        long maxLow = low[size - 1];
        int p = minHigh != maxHigh ? Long.numberOfLeadingZeros(minHigh ^ maxHigh)
                : 64 + Long.numberOfLeadingZeros(minLow ^ maxLow);
        int b = Math.min(MAX_BUCKET_BITS, Math.min(128 - p, 33 - Integer.numberOfLeadingZeros(size)));
        prefixBits = p;
        bucketBits = b;
        maskHigh = p == 0 ? 0 : p >= 64 ? -1L : -1L << (64 - p);
        maskLow = p <= 64 ? 0 : p == 128 ? -1L : -1L << (128 - p);
        baseHigh = minHigh & maskHigh;
        baseLow = minLow & maskLow;
        // Segments 1 .. size-1 start inside the shared prefix, in order (segment 0 starts at address
        // 0, which may lie before it).
        int buckets = 1 << b;
        int[] dir = new int[buckets];
        int j = 1;
        for (int k = 0; k < buckets; k++) {
            int covering = j - 1;
            int first = j;
            while (j < size && bucket(high[j], low[j]) == k) {
                j++;
            }
            int inside = j - first;
            int meeting = inside + 1;
            if (inside > 0 && belowBucketIsZero(high[first], low[first])) {
                covering = first;
                meeting = inside;
            }
            dir[k] = meeting == 1 ? -2 - entries[covering] : Math.min(meeting, 15) << COUNT_SHIFT | covering;
        }
        directory = dir;
    }

    /** Whether the address bits after the prefix and bucket bits are all zero (a bucket's first address). */
    private boolean belowBucketIsZero(long h, long l) {
        int bits = prefixBits + bucketBits;
        if (bits >= 64) {
            return bits == 128 || (l << (bits - 64)) == 0;
        }
        return (h << bits) == 0 && l == 0;
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
        return new RangeTable(v6, out.high, out.low, out.entries, out.size);
    }

    /** The entry of the narrowest range covering the IPv4 address ({@code 0 <= address < 2^32}), or -1. Allocation-free. */
    int lookupV4(long address) {
        long[] seg = segments;
        int[] dir = directory;
        int i;
        int meeting;
        if (dir == null) {
            i = 0;
            meeting = size;
        } else {
            long masked = address & maskLow;
            if (masked != baseLow) {
                return Long.compareUnsigned(masked, baseLow) < 0 ? (int) seg[0] : (int) seg[size - 1];
            }
            int d = dir[(int) ((address << (prefixBits - 64)) >>> (64 - bucketBits))];
            if (d < 0) {
                return -2 - d;
            }
            i = d & INDEX_MASK;
            meeting = d >>> COUNT_SHIFT;
        }
        if (meeting <= SCAN_LIMIT) {
            int end = Math.min(i + meeting, size);
            while (i + 1 < end && seg[i + 1] >>> 32 <= address) {
                i++;
            }
            return (int) seg[i];
        }
        // Crowded bucket: gallop forward from the covering segment, then bisect.
        int lo = i;
        int step = 1;
        int hi = i + 1;
        while (hi < size && seg[hi] >>> 32 <= address) {
            lo = hi;
            step <<= 1;
            hi = i + step;
        }
        hi = Math.min(hi, size) - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (seg[mid] >>> 32 <= address) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return (int) seg[lo];
    }

    /** The entry of the narrowest range covering the IPv6 address, or -1. Allocation-free. */
    int lookupV6(long addressHigh, long addressLow) {
        long[] seg = segments;
        int[] dir = directory;
        int i;
        int meeting;
        if (dir == null) {
            i = 0;
            meeting = size;
        } else {
            long mh = addressHigh & maskHigh;
            long ml = addressLow & maskLow;
            if (mh != baseHigh || ml != baseLow) {
                return compare(mh, ml, baseHigh, baseLow) < 0 ? (int) seg[2] : (int) seg[3 * size - 1];
            }
            int d = dir[bucket(addressHigh, addressLow)];
            if (d < 0) {
                return -2 - d;
            }
            i = d & INDEX_MASK;
            meeting = d >>> COUNT_SHIFT;
        }
        if (meeting <= SCAN_LIMIT) {
            int end = Math.min(i + meeting, size);
            while (i + 1 < end && compare(seg[3 * i + 3], seg[3 * i + 4], addressHigh, addressLow) <= 0) {
                i++;
            }
            return (int) seg[3 * i + 2];
        }
        int lo = i;
        int step = 1;
        int hi = i + 1;
        while (hi < size && compare(seg[3 * hi], seg[3 * hi + 1], addressHigh, addressLow) <= 0) {
            lo = hi;
            step <<= 1;
            hi = i + step;
        }
        hi = Math.min(hi, size) - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (compare(seg[3 * mid], seg[3 * mid + 1], addressHigh, addressLow) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return (int) seg[3 * lo + 2];
    }

    int segments() {
        return size;
    }

    long footprint() {
        return 8L * segments.length + (directory == null ? 0 : 4L * directory.length);
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
