package kz.tizim.match.matcher;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Host names of domain and domain-tree entries, and every ancestor of them with at least two labels,
 * in one open-addressed table built so that a lookup usually costs one cache miss for an unlisted
 * host and two for a listed one.
 *
 * <h2>Layout</h2>
 * A slot of {@link #slots} is one {@code long}: 29 bits of the name's 64-bit hash (a fingerprint),
 * three flags, and the offset of the name's record in {@link #records} (0 = empty slot). The flags
 * say whether the name is a domain entry ({@link #EXACT}), a domain-tree entry ({@link #TREE}) and
 * whether some listed name lies strictly under it ({@link #DESCENDANTS}), so a walk decides where to
 * go next from the slot alone. A record is the domain entry (int), the domain-tree entry (int), the
 * name length (byte) and the name bytes: the final verification and the entry come from one cache line.
 * Linear probing over a power-of-two table kept at most three quarters full.
 *
 * <h2>Lookup</h2>
 * Names are hashed right to left, so one pass over a query host from its last byte yields the hash
 * of each dot-separated suffix. The walk starts at the two-label suffix (single-label names are
 * probed only when one is listed) and stops at the first suffix that is absent or has no listed
 * descendants: every ancestor of a listed name is stored, so nothing further can match. Probes trust
 * the fingerprint; only the final answer is compared byte by byte with its record, and a failed
 * comparison (a fingerprint clash misled the walk) redoes the walk verifying every probe. While no
 * two names on one probe chain share a fingerprint ({@link #ambiguous} is false), a stored name is
 * always found by its fingerprint, so the unverified walk takes the same path as the verified one.
 */
final class HostTable {

    static final long EXACT = 1L << 32;
    static final long TREE = 1L << 33;
    static final long DESCENDANTS = 1L << 34;

    private static final long OFFSET_MASK = 0xFFFF_FFFFL;
    private static final long FINGERPRINT_MASK = -1L << 35;
    private static final int HEADER = 9;
    private static final int MAX_RECORDS = Integer.MAX_VALUE - 16;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private long[] slots = new long[16];
    private int mask = 15;
    private byte[] records = new byte[256];
    /** Record offsets start at 1, so that 0 marks an empty slot. */
    private int recordsLength = 1;
    private int count;
    private int entries;
    private boolean ambiguous;
    private boolean singleLabel;

    /** Number of listed names (entries, not ancestors). */
    int entryNames() {
        return entries;
    }

    /**
     * The domain ({@code exact}) or domain-tree entry stored for the record, or -1.
     */
    int entry(int record, boolean exact) {
        return (int) INT.get(records, record + (exact ? 0 : 4));
    }

    /**
     * Records {@code entry} as the domain ({@code exact}) or domain-tree entry of the name {@code
     * key[0, len)} unless one is already recorded, and stores its ancestors.
     *
     * @return the name's record offset, or {@code -1 - record} if the name already had such an entry
     */
    int add(byte[] key, int len, boolean exact, int entry) {
        int slot = intern(key, 0, len);
        int record = (int) (slots[slot] & OFFSET_MASK);
        if (entry(record, exact) >= 0) {
            return -1 - record;
        }
        INT.set(records, record + (exact ? 0 : 4), entry);
        boolean isNew = (slots[slot] & (EXACT | TREE)) == 0;
        slots[slot] |= exact ? EXACT : TREE;
        if (isNew) {
            entries++;
        }
        int dot = indexOf(key, 0, len);
        if (dot < 0) {
            singleLabel = true;
            return record;
        }
        // Ancestors with two or more labels, nearest first; once one already has descendants, so do
        // all of its ancestors.
        for (int start = dot + 1; indexOf(key, start, len) >= 0; start = indexOf(key, start, len) + 1) {
            int s = intern(key, start, len - start);
            if ((slots[s] & DESCENDANTS) != 0) {
                break;
            }
            slots[s] |= DESCENDANTS;
        }
        return record;
    }

    private static int indexOf(byte[] key, int from, int len) {
        for (int i = from; i < len; i++) {
            if (key[i] == '.') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The domain or nearest domain-tree entry covering the canonical host {@code host[0, length)}, or
     * -1. Allocation-free.
     */
    int match(byte[] host, int length) {
        int found = walk(host, length, ambiguous);
        return found != Integer.MIN_VALUE ? found : walk(host, length, true);
    }

    /** One walk; {@link Integer#MIN_VALUE} when the unverified answer failed its verification. */
    private int walk(byte[] host, int length, boolean verify) {
        long h = NameTable.SEED;
        int i = length - 1;
        while (i >= 0 && host[i] != '.') {
            h = (h ^ (host[i] & 0xFF)) * NameTable.PRIME;
            i--;
        }
        int bestRecord = 0;
        int bestStart = 0;
        boolean bestExact = false;
        if (singleLabel) {
            long slot = probe(host, i + 1, length, NameTable.mix(h), verify);
            if (i < 0 && (slot & EXACT) != 0) {
                bestRecord = (int) (slot & OFFSET_MASK);
                bestExact = true;
            } else if ((slot & TREE) != 0) {
                bestRecord = (int) (slot & OFFSET_MASK);
                bestStart = i + 1;
            }
        }
        while (i >= 0) {
            h = (h ^ '.') * NameTable.PRIME;
            i--;
            while (i >= 0 && host[i] != '.') {
                h = (h ^ (host[i] & 0xFF)) * NameTable.PRIME;
                i--;
            }
            int start = i + 1;
            long slot = probe(host, start, length, NameTable.mix(h), verify);
            if (start == 0 && (slot & EXACT) != 0) {
                bestRecord = (int) (slot & OFFSET_MASK);
                bestStart = 0;
                bestExact = true;
            } else if ((slot & TREE) != 0) {
                bestRecord = (int) (slot & OFFSET_MASK);
                bestStart = start;
                bestExact = false;
            }
            if ((slot & DESCENDANTS) == 0) {
                break;
            }
        }
        if (bestRecord == 0) {
            return -1;
        }
        if (!verify && !sameName(bestRecord, host, bestStart, length - bestStart)) {
            return Integer.MIN_VALUE;
        }
        return entry(bestRecord, bestExact);
    }

    /** The slot of the name {@code key[from, to)}, or 0; trusting the fingerprint unless {@code verify}. */
    private long probe(byte[] key, int from, int to, long hash, boolean verify) {
        long[] s = slots;
        int m = mask;
        long fingerprint = hash & FINGERPRINT_MASK;
        int i = (int) hash & m;
        while (true) {
            long slot = s[i];
            if (slot == 0) {
                return 0;
            }
            if ((slot & FINGERPRINT_MASK) == fingerprint
                    && (!verify || sameName((int) (slot & OFFSET_MASK), key, from, to - from))) {
                return slot;
            }
            i = (i + 1) & m;
        }
    }

    boolean sameName(int record, byte[] key, int off, int len) {
        byte[] r = records;
        if ((r[record + 8] & 0xFF) != len) {
            return false;
        }
        int start = record + HEADER;
        int j = 0;
        for (; j + 8 <= len; j += 8) {
            if ((long) LONG.get(r, start + j) != (long) LONG.get(key, off + j)) {
                return false;
            }
        }
        for (; j < len; j++) {
            if (r[start + j] != key[off + j]) {
                return false;
            }
        }
        return true;
    }

    private static long hash(byte[] b, int off, int len) {
        long h = NameTable.SEED;
        for (int i = off + len - 1; i >= off; i--) {
            h = (h ^ (b[i] & 0xFF)) * NameTable.PRIME;
        }
        return NameTable.mix(h);
    }

    /** The slot index of the name, added (no flags, no entries) if new. */
    private int intern(byte[] key, int off, int len) {
        if (len > 255) {
            throw new IllegalArgumentException("host name longer than 255 bytes");
        }
        long hash = hash(key, off, len);
        long fingerprint = hash & FINGERPRINT_MASK;
        int i = (int) hash & mask;
        boolean clash = false;
        while (slots[i] != 0) {
            if ((slots[i] & FINGERPRINT_MASK) == fingerprint) {
                if (sameName((int) (slots[i] & OFFSET_MASK), key, off, len)) {
                    return i;
                }
                clash = true;
            }
            i = (i + 1) & mask;
        }
        if ((long) recordsLength + HEADER + len > MAX_RECORDS) {
            throw new IllegalStateException("host names exceed " + MAX_RECORDS + " bytes");
        }
        int record = recordsLength;
        if (record + HEADER + len > records.length) {
            records = Arrays.copyOf(records, (int) Math.min(MAX_RECORDS,
                    Math.max(2L * records.length, (long) record + HEADER + len)));
        }
        INT.set(records, record, -1);
        INT.set(records, record + 4, -1);
        records[record + 8] = (byte) len;
        System.arraycopy(key, off, records, record + HEADER, len);
        recordsLength = record + HEADER + len;
        count++;
        ambiguous |= clash;
        slots[i] = fingerprint | record;
        if (4L * count > 3L * slots.length) {
            rehash(slots.length * 2);
            return find(key, off, len, hash);
        }
        return i;
    }

    private int find(byte[] key, int off, int len, long hash) {
        int i = (int) hash & mask;
        while (!sameName((int) (slots[i] & OFFSET_MASK), key, off, len)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[capacity];
        mask = capacity - 1;
        ambiguous = false;
        for (long slot : old) {
            if (slot == 0) {
                continue;
            }
            int record = (int) (slot & OFFSET_MASK);
            long hash = hash(records, record + HEADER, records[record + 8] & 0xFF);
            long fingerprint = hash & FINGERPRINT_MASK;
            int i = (int) hash & mask;
            while (slots[i] != 0) {
                if ((slots[i] & FINGERPRINT_MASK) == fingerprint) {
                    ambiguous = true;
                }
                i = (i + 1) & mask;
            }
            slots[i] = slot;
        }
    }

    /** Releases the spare capacity of the record array; the table stays usable. */
    void trim() {
        records = Arrays.copyOf(records, recordsLength);
    }

    String name(int record) {
        return new String(records, record + HEADER, records[record + 8] & 0xFF, StandardCharsets.US_ASCII);
    }

    /** Bytes retained, for the memory report. */
    long footprint() {
        return 8L * slots.length + records.length;
    }
}
