package kz.tizim.match.matcher;

import java.util.Arrays;
import java.nio.charset.StandardCharsets;

/**
 * Distinct ASCII names (hosts, or scheme-less URLs), each with two entry slots, in an open-addressed
 * table. A slot of {@link #slots} packs 40 bits of the name's 64-bit hash (a fingerprint) with the
 * node index + 1 in the low 24 bits (0 = empty). Linear probing over a power-of-two table kept at
 * most half full. Per node, {@link #nodes} holds three ints side by side (name start, first entry,
 * second entry) so that one cache line answers a hit; names are packed in {@link #names}.
 *
 * <p>Two ways to look up: {@link #find} verifies every fingerprint hit byte by byte; {@link
 * #findUnverified} trusts the fingerprint, saving a cache miss per probe. The latter never misses a
 * stored name as long as no two stored names share a fingerprint, which {@link #isUnambiguous()}
 * reports (with 40-bit fingerprints a clash is a one-in-millions event per million names); a caller using it must verify
 * the name it finally answers with ({@link #sameName}) and fall back to {@link #find} when that fails.
 *
 * <p>Hosts are hashed right to left ({@code reversed}), so a lookup walking a host from its TLD
 * towards its first label gets the hash of every dot-separated suffix in one pass; URLs are hashed
 * left to right, so the hash of every prefix comes out of one pass too.
 */
final class NameTable {

    static final long SEED = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;
    /** Names per table: node indexes use the low 24 bits of a slot. */
    static final int MAX_NODES = (1 << 24) - 2;

    private static final long NODE_MASK = (1L << 24) - 1;
    private static final long FINGERPRINT_MASK = ~NODE_MASK;

    private final boolean reversed;
    private long[] slots;
    private int mask;
    private byte[] names;
    private int namesLength;
    private int[] nodes;
    private int count;
    private boolean ambiguous;

    NameTable(boolean reversed) {
        this.reversed = reversed;
        this.slots = new long[16];
        this.mask = 15;
        this.names = new byte[256];
        this.nodes = new int[3 * 8 + 1];
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
        long fingerprint = hash & FINGERPRINT_MASK;
        int i = (int) hash & m;
        while (true) {
            long slot = s[i];
            if (slot == 0) {
                return -1;
            }
            if ((slot & FINGERPRINT_MASK) == fingerprint) {
                int node = (int) (slot & NODE_MASK) - 1;
                if (sameName(node, key, off, len)) {
                    return node;
                }
            }
            i = (i + 1) & m;
        }
    }

    /**
     * The first node in the probe chain of {@code hash} with the same fingerprint, or -1. If the name
     * is stored and the table {@link #isUnambiguous()}, that is its node; otherwise it may be another
     * name's node, so the caller verifies before answering. Allocation-free.
     */
    int findUnverified(long hash) {
        long[] s = slots;
        int m = mask;
        long fingerprint = hash & FINGERPRINT_MASK;
        int i = (int) hash & m;
        while (true) {
            long slot = s[i];
            if (slot == 0) {
                return -1;
            }
            if ((slot & FINGERPRINT_MASK) == fingerprint) {
                return (int) (slot & NODE_MASK) - 1;
            }
            i = (i + 1) & m;
        }
    }

    /** Whether no two stored names share a fingerprint, so {@link #findUnverified} never misses a stored name. */
    boolean isUnambiguous() {
        return !ambiguous;
    }

    boolean sameName(int node, byte[] key, int off, int len) {
        int start = nodes[3 * node];
        if (nodes[3 * node + 3] - start != len) {
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
        if (count == MAX_NODES) {
            throw new IllegalStateException("more than " + MAX_NODES + " distinct names");
        }
        if ((count + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        node = count++;
        if (3 * node + 4 > nodes.length) {
            nodes = Arrays.copyOf(nodes, nodes.length * 2);
        }
        if (namesLength + len > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + len));
        }
        System.arraycopy(key, off, names, namesLength, len);
        nodes[3 * node] = namesLength;
        nodes[3 * node + 1] = -1;
        nodes[3 * node + 2] = -1;
        namesLength += len;
        nodes[3 * node + 3] = namesLength;
        place(h, node);
        return node;
    }

    private void place(long h, int node) {
        long fingerprint = h & FINGERPRINT_MASK;
        int i = (int) h & mask;
        while (slots[i] != 0) {
            if ((slots[i] & FINGERPRINT_MASK) == fingerprint) {
                ambiguous = true;
            }
            i = (i + 1) & mask;
        }
        slots[i] = fingerprint | (node + 1L);
    }

    private void rehash(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
        ambiguous = false;
        for (int node = 0; node < count; node++) {
            int start = nodes[3 * node];
            place(hash(names, start, nodes[3 * node + 3] - start), node);
        }
    }

    /** Releases the spare capacity of the growable arrays; the table stays usable. */
    void trim() {
        names = Arrays.copyOf(names, namesLength);
        nodes = Arrays.copyOf(nodes, 3 * count + 1);
    }

    int count() {
        return count;
    }

    int first(int node) {
        return nodes[3 * node + 1];
    }

    int second(int node) {
        return nodes[3 * node + 2];
    }

    void setFirst(int node, int entry) {
        nodes[3 * node + 1] = entry;
    }

    void setSecond(int node, int entry) {
        nodes[3 * node + 2] = entry;
    }

    String name(int node) {
        int start = nodes[3 * node];
        return new String(names, start, nodes[3 * node + 3] - start, StandardCharsets.US_ASCII);
    }

    /** Bytes retained, for the memory report. */
    long footprint() {
        return 8L * slots.length + names.length + 4L * nodes.length;
    }
}
