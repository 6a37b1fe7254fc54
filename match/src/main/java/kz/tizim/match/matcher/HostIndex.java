package kz.tizim.match.matcher;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The sealed form of a {@link HostTable}: every name with its entries and flags stored <em>inside</em>
 * a 64-byte bucket, so that one probe is one cache line and verifies the name exactly. A lookup of a
 * listed host then costs one read of memory, as an unlisted one does (the table it replaces read a
 * slot and then, elsewhere, the record holding the name).
 *
 * <h2>Layout</h2>
 * {@link #data} is a sequence of 64-byte buckets from {@link #BASE}. Byte 0 of a bucket holds the
 * number of bytes its items use (low six bits) and {@link #SPILLED}, set when a name that hashes to
 * this bucket was placed in a later one. Items follow, packed:
 * <pre>
 *   length (1) | flags (1) | fingerprint (2) | domain entry (4) | domain-tree entry (4) | name (length)
 * </pre>
 * A name too long to fit a bucket ({@code > } {@link #MAX_INLINE} bytes) is stored with length
 * {@link #LONG_NAME} and the 4-byte offset of its name in {@link #longNames} in place of the name.
 * Buckets are chosen by scaling the hash to the bucket count (not a power of two, so the table can be
 * sized to about three quarters full) and probed linearly while {@link #SPILLED} says so.
 *
 * <p>{@link #BASE} is 48 because a large array in the G1 collector starts a region and its data begins
 * 16 bytes in: so buckets start on cache lines. Elsewhere a bucket may straddle two lines, which costs
 * time, never correctness.
 */
final class HostIndex {

    /** Item flag: some listed name lies strictly under this one. */
    static final int DESCENDANTS = 1;

    private static final int BASE = 48;
    private static final int BUCKET = 64;
    private static final int HEADER = 12;
    private static final int USED_MASK = 0x3F;
    private static final int SPILLED = 0x80;
    private static final int MAX_INLINE = BUCKET - 1 - HEADER;
    private static final int LONG_NAME = 0xFF;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] data;
    private final long buckets;
    private byte[] longNames = new byte[0];
    private int longNamesLength;
    private boolean singleLabel;
    /** The furthest any name was placed from its own bucket: no lookup probes further. */
    private int maxDistance;

    private HostIndex(long buckets) {
        this.buckets = buckets;
        this.data = new byte[Math.toIntExact(BASE + buckets * BUCKET)];
    }

    /**
     * An empty index with room for names whose items take {@code itemBytes} in all, about three
     * quarters full; {@code spare} times larger when a fuller one could not hold them all.
     */
    static HostIndex forItems(long itemBytes, int spare) {
        long buckets = Math.max(2, spare * (itemBytes * 4 / 3 + BUCKET - 2) / (BUCKET - 1));
        if (BASE + buckets * BUCKET > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many host names for one table");
        }
        return new HostIndex(buckets);
    }

    /** Bytes the item of a name of {@code length} bytes takes in a bucket. */
    static int itemSize(int length) {
        return HEADER + (length > MAX_INLINE ? 4 : length);
    }

    /**
     * Stores a name that is not stored yet, with its entries (-1 for none) and flags.
     *
     * @return the position of its item, a handle for {@link #entry} and {@link #name}; or -1 when
     *     no bucket has room left (possible only in tiny tables, whose items fragment the buckets)
     */
    int insert(byte[] key, int off, int len, long hash, int flags, int exact, int tree) {
        int size = itemSize(len);
        long b = bucketOf(hash);
        for (int distance = 0; distance < buckets; distance++) {
            int start = start(b);
            int used = data[start] & USED_MASK;
            if (1 + used + size <= BUCKET) {
                int item = start + 1 + used;
                write(item, key, off, len, hash, flags, exact, tree);
                data[start] = (byte) ((data[start] & SPILLED) | (used + size));
                maxDistance = Math.max(maxDistance, distance);
                return item;
            }
            data[start] |= (byte) SPILLED;
            b = b + 1 == buckets ? 0 : b + 1;
        }
        return -1;
    }

    private void write(int item, byte[] key, int off, int len, long hash, int flags, int exact, int tree) {
        data[item + 1] = (byte) flags;
        SHORT.set(data, item + 2, fingerprint(hash));
        INT.set(data, item + 4, exact);
        INT.set(data, item + 8, tree);
        if (len > MAX_INLINE) {
            data[item] = (byte) LONG_NAME;
            if (longNamesLength + 1 + len > longNames.length) {
                longNames = Arrays.copyOf(longNames, Math.max(2 * longNames.length, longNamesLength + 1 + len));
            }
            INT.set(data, item + HEADER, longNamesLength);
            longNames[longNamesLength] = (byte) len;
            System.arraycopy(key, off, longNames, longNamesLength + 1, len);
            longNamesLength += 1 + len;
        } else {
            data[item] = (byte) len;
            System.arraycopy(key, off, data, item + HEADER, len);
        }
    }

    /**
     * Ends the building: releases spare capacity, and records whether single-label names were
     * stored (only then are they probed).
     */
    void seal(boolean hasSingleLabelNames) {
        longNames = Arrays.copyOf(longNames, longNamesLength);
        singleLabel = hasSingleLabelNames;
    }

    /**
     * The domain entry of the canonical host {@code host[0, length)} or the domain-tree entry of its
     * nearest listed ancestor, or -1. Allocation-free.
     *
     * <p>Names are hashed right to left, so one pass from the host's last byte yields the hash of
     * each dot-separated suffix. The walk starts at the two-label suffix and stops at the first
     * suffix that is absent or has no listed names under it: every ancestor (of two labels or more)
     * of a listed name is stored, so nothing further can match. Every probe compares the name itself.
     */
    int match(byte[] host, int length) {
        long h = NameTable.SEED;
        int i = length - 1;
        while (i >= 0 && host[i] != '.') {
            h = (h ^ (host[i] & 0xFF)) * NameTable.PRIME;
            i--;
        }
        int best = -1;
        if (singleLabel) {
            int item = find(host, i + 1, length, NameTable.mix(h));
            if (item >= 0) {
                best = i < 0 ? firstOf(entry(item, true), entry(item, false)) : entry(item, false);
            }
        }
        while (i >= 0) {
            h = (h ^ '.') * NameTable.PRIME;
            i--;
            while (i >= 0 && host[i] != '.') {
                h = (h ^ (host[i] & 0xFF)) * NameTable.PRIME;
                i--;
            }
            int item = find(host, i + 1, length, NameTable.mix(h));
            if (item < 0) {
                break;
            }
            int found = i < 0 ? firstOf(entry(item, true), entry(item, false)) : entry(item, false);
            if (found >= 0) {
                best = found;
            }
            if ((data[item + 1] & DESCENDANTS) == 0) {
                break;
            }
        }
        return best;
    }

    /** The domain entry when there is one, else the domain-tree entry (a domain entry is more specific). */
    private static int firstOf(int exact, int tree) {
        return exact >= 0 ? exact : tree;
    }

    /**
     * The item of the name {@code key[from, to)} with this hash, or -1. Allocation-free; reads one
     * bucket unless earlier names spilled out of it.
     */
    int find(byte[] key, int from, int to, long hash) {
        byte[] d = data;
        int len = to - from;
        short fingerprint = fingerprint(hash);
        long b = bucketOf(hash);
        for (int distance = 0; ; distance++) {
            int start = start(b);
            int header = d[start];
            int end = start + 1 + (header & USED_MASK);
            int item = start + 1;
            while (item < end) {
                int itemLen = d[item] & 0xFF;
                if ((short) SHORT.get(d, item + 2) == fingerprint) {
                    if (itemLen == LONG_NAME ? sameLongName(item, key, from, len)
                            : itemLen == len && same(d, item + HEADER, key, from, len)) {
                        return item;
                    }
                }
                item += itemLen == LONG_NAME ? HEADER + 4 : HEADER + itemLen;
            }
            if ((header & SPILLED) == 0 || distance == maxDistance) {
                return -1;
            }
            b = b + 1 == buckets ? 0 : b + 1;
        }
    }

    int flags(int item) {
        return data[item + 1];
    }

    /** The domain ({@code exact}) or domain-tree entry of the item, or -1. */
    int entry(int item, boolean exact) {
        return (int) INT.get(data, item + (exact ? 4 : 8));
    }

    String name(int item) {
        int len = data[item] & 0xFF;
        if (len == LONG_NAME) {
            int at = (int) INT.get(data, item + HEADER);
            return new String(longNames, at + 1, longNames[at] & 0xFF, StandardCharsets.US_ASCII);
        }
        return new String(data, item + HEADER, len, StandardCharsets.US_ASCII);
    }

    long footprint() {
        return data.length + longNames.length;
    }

    private boolean sameLongName(int item, byte[] key, int from, int len) {
        int at = (int) INT.get(data, item + HEADER);
        return (longNames[at] & 0xFF) == len && same(longNames, at + 1, key, from, len);
    }

    private static boolean same(byte[] a, int at, byte[] key, int from, int len) {
        int j = 0;
        for (; j + 8 <= len; j += 8) {
            if ((long) LONG.get(a, at + j) != (long) LONG.get(key, from + j)) {
                return false;
            }
        }
        for (; j < len; j++) {
            if (a[at + j] != key[from + j]) {
                return false;
            }
        }
        return true;
    }

    /** The hash's high half scaled to the bucket count: uniform without a power-of-two size. */
    private long bucketOf(long hash) {
        return ((hash >>> 32) * buckets) >>> 32;
    }

    private static int start(long bucket) {
        return BASE + (int) bucket * BUCKET;
    }

    private static short fingerprint(long hash) {
        return (short) hash;
    }
}
