package kz.tizim.match.matcher;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Collects the host names of domain and domain-tree entries, and every ancestor of them with at least
 * two labels, while a matcher is built; {@link #seal()} turns them into the {@link HostIndex} that
 * lookups use.
 *
 * <p>A slot of {@link #slots} is one {@code long}: 29 bits of the name's 64-bit hash (a fingerprint),
 * three flags, and the offset of the name's record in {@link #records} (0 = empty slot). The flags
 * say whether the name is a domain entry ({@link #EXACT}), a domain-tree entry ({@link #TREE}) and
 * whether some listed name lies strictly under it ({@link #DESCENDANTS}). A record is the domain entry
 * (int), the domain-tree entry (int), the name length (byte), the {@link HostIndex} flags (byte) and
 * the name bytes. Linear probing over a
 * power-of-two table kept at most three quarters full.
 */
final class HostTable {

    static final long EXACT = 1L << 32;
    static final long TREE = 1L << 33;
    static final long DESCENDANTS = 1L << 34;

    private static final long OFFSET_MASK = 0xFFFF_FFFFL;
    private static final long FINGERPRINT_MASK = -1L << 35;
    private static final int HEADER = 10;
    private static final int FLAGS = 9;
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
            records[(int) (slots[s] & OFFSET_MASK) + FLAGS] = (byte) HostIndex.DESCENDANTS;
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
        while (slots[i] != 0) {
            if ((slots[i] & FINGERPRINT_MASK) == fingerprint && sameName((int) (slots[i] & OFFSET_MASK), key, off, len)) {
                return i;
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
        records[record + FLAGS] = 0;
        System.arraycopy(key, off, records, record + HEADER, len);
        recordsLength = record + HEADER + len;
        count++;
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
        for (long slot : old) {
            if (slot == 0) {
                continue;
            }
            int record = (int) (slot & OFFSET_MASK);
            long hash = hash(records, record + HEADER, records[record + 8] & 0xFF);
            int i = (int) hash & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = slot;
        }
    }

    /**
     * The index lookups use: every name with its entries and flags. Afterwards each record holds the
     * position of its name in the index instead of its domain entry (see {@link #locate}); the table
     * is spent.
     */
    HostIndex seal() {
        long itemBytes = 0;
        for (int record = 1; record < recordsLength; record += HEADER + (records[record + 8] & 0xFF)) {
            itemBytes += HostIndex.itemSize(records[record + 8] & 0xFF);
        }
        int[] positions = new int[count];
        for (int spare = 1; ; spare *= 2) {
            HostIndex index = HostIndex.forItems(itemBytes, spare);
            if (fill(index, positions)) {
                index.seal(singleLabel);
                int k = 0;
                for (int record = 1; record < recordsLength; record += HEADER + (records[record + 8] & 0xFF)) {
                    INT.set(records, record, positions[k++]);
                }
                return index;
            }
        }
    }

    /**
     * Adds every name to the index, noting the position of the k-th record's item, or returns false
     * when the index ran out of room. Records are read in the order they were written, so the pass
     * reads memory sequentially.
     */
    private boolean fill(HostIndex index, int[] positions) {
        int k = 0;
        for (int record = 1; record < recordsLength; ) {
            int len = records[record + 8] & 0xFF;
            int item = index.insert(records, record + HEADER, len, hash(records, record + HEADER, len),
                    records[record + FLAGS], entry(record, true), entry(record, false));
            if (item < 0) {
                return false;
            }
            positions[k++] = item;
            record += HEADER + len;
        }
        return true;
    }

    /** The position in the index made by {@link #seal()} of the name of a record. */
    int locate(int record) {
        return (int) INT.get(records, record);
    }
}
