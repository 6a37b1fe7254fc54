package kz.tizim.server.complaint;

/**
 * The resources of one upload seen so far, as 64-bit hashes in an open-addressing table of primitive
 * longs (16 MiB for a million rows, whatever their length): {@link #firstSighting} is exact when it
 * says "first" (no earlier row has the same hash, so none has the same resource) and only possibly
 * right when it says "again" (a hash collision also says so). Triage then checks just the rows
 * marked "again" against the others, instead of sorting every row to find the repeats.
 */
final class SeenResources {

    private static final long EMPTY = 0L; // a hash of 0 is stored as 1: a collision at worst, never a miss
    private final long[] slots;
    private final int mask;

    /** A table for up to {@code rows} resources, at most half full. */
    SeenResources(int rows) {
        int capacity = Integer.highestOneBit(Math.max(16, rows) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
    }

    /** Records the resource; true when no resource with its hash was recorded before. */
    boolean firstSighting(String resource) {
        long hash = hash(resource);
        int slot = (int) hash & mask;
        while (true) {
            long stored = slots[slot];
            if (stored == EMPTY) {
                slots[slot] = hash;
                return true;
            }
            if (stored == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser (MurmurHash3's fmix64) to spread the bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a4e83L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }
}
