package kz.tizim.match.matcher;

import java.util.Arrays;
import java.nio.charset.StandardCharsets;

/**
 * Distinct ASCII names (hosts, or scheme-less URLs), each with two entry slots, in an open-addressed
 * table. A slot of {@link #slots} packs the upper 32 bits of the name's 64-bit hash (a fingerprint)
 * with the node index + 1 (0 = empty); a fingerprint hit is verified byte by byte against the packed
 * {@link #names}, so hash collisions cost time, never correctness. Linear probing over a
 * power-of-two table kept at most half full.
 *
 * <p>Hosts are hashed right to left ({@code reversed}), so a lookup walking a host from its TLD
 * towards its first label gets the hash of every dot-separated suffix in one pass; URLs are hashed
 * left to right, so the hash of every prefix comes out of one pass too.
 */
final class NameTable {

    static final long SEED = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    private final boolean reversed;
    private long[] slots;
    private int mask;
    private byte[] names;
    private int namesLength;
    private int[] starts;
    private int[] first;
    private int[] second;
    private int count;

    NameTable(boolean reversed) {
        this.reversed = reversed;
        this.slots = new long[16];
        this.mask = 15;
        this.names = new byte[256];
        this.starts = new int[9];
        this.first = new int[8];
        this.second = new int[8];
    }

    /** Finalises an FNV-1a state into a well-mixed 64-bit hash (MurmurHash3 fmix64). */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    long hash(byte[] b, int off, int len) {
        long h = SEED;
        if (reversed) {
            for (int i = off + len - 1; i >= off; i--) {
                h = (h ^ (b[i] & 0xFF)) * PRIME;
            }
        } else {
            for (int i = off; i < off + len; i++) {
                h = (h ^ (b[i] & 0xFF)) * PRIME;
            }
        }
        return mix(h);
    }

    /** The node of the name {@code key[off, off + len)} whose hash is {@code hash}, or -1. Allocation-free. */
    int find(byte[] key, int off, int len, long hash) {
        long[] s = slots;
        int m = mask;
        int fingerprint = (int) (hash >>> 32);
        int i = (int) hash & m;
        while (true) {
            long slot = s[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == fingerprint) {
                int node = (int) slot - 1;
                if (sameName(node, key, off, len)) {
                    return node;
                }
            }
            i = (i + 1) & m;
        }
    }

    private boolean sameName(int node, byte[] key, int off, int len) {
        int start = starts[node];
        if (starts[node + 1] - start != len) {
            return false;
        }
        byte[] n = names;
        for (int j = 0; j < len; j++) {
            if (n[start + j] != key[off + j]) {
                return false;
            }
        }
        return true;
    }

    /** The node of the name, added with empty slots if new. */
    int intern(byte[] key, int off, int len) {
        long h = hash(key, off, len);
        int node = find(key, off, len, h);
        if (node >= 0) {
            return node;
        }
        if ((count + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        node = count++;
        if (node + 2 > starts.length) {
            int capacity = starts.length * 2;
            starts = Arrays.copyOf(starts, capacity);
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
        }
        if (namesLength + len > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + len));
        }
        System.arraycopy(key, off, names, namesLength, len);
        starts[node] = namesLength;
        namesLength += len;
        starts[node + 1] = namesLength;
        first[node] = -1;
        second[node] = -1;
        place(h, node);
        return node;
    }

    private void place(long h, int node) {
        int i = (int) h & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = (h & 0xFFFFFFFF00000000L) | (node + 1L);
    }

    private void rehash(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
        for (int node = 0; node < count; node++) {
            place(hash(names, starts[node], starts[node + 1] - starts[node]), node);
        }
    }

    /** Releases the spare capacity of the growable arrays; the table stays usable. */
    void trim() {
        names = Arrays.copyOf(names, namesLength);
        starts = Arrays.copyOf(starts, count + 1);
        first = Arrays.copyOf(first, count);
        second = Arrays.copyOf(second, count);
    }

    int count() {
        return count;
    }

    int first(int node) {
        return first[node];
    }

    int second(int node) {
        return second[node];
    }

    void setFirst(int node, int entry) {
        first[node] = entry;
    }

    void setSecond(int node, int entry) {
        second[node] = entry;
    }

    String name(int node) {
        return new String(names, starts[node], starts[node + 1] - starts[node], StandardCharsets.US_ASCII);
    }

    /** Bytes retained, for the memory report. */
    long footprint() {
        return 8L * slots.length + names.length + 4L * (starts.length + first.length + second.length);
    }
}
