package kz.tizim.bench;

import java.util.List;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.matcher.CompiledMatcher;

/**
 * Retained heap of a matcher built from 1M domain entries (and, for comparison, of the naive
 * {@code HashMap} baseline), measured as used heap after repeated {@code System.gc()} with and
 * without the structure reachable. The input list stays reachable throughout, so it cancels out.
 *
 * <p>Run: {@code java -Xmx3g -cp bench/target/benchmarks.jar kz.tizim.bench.MatcherFootprint [entries]}
 */
public final class MatcherFootprint {

    private MatcherFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Locator> list = SyntheticLists.domains(entries, 1);
        long nameBytes = 0;
        for (Locator locator : list) {
            nameBytes += locator.value().length();
        }
        long before = usedAfterGc();
        CompiledMatcher matcher = build(list);
        long after = usedAfterGc();
        long matcherBytes = after - before;
        NaiveHostMatcher naive = new NaiveHostMatcher(list);
        long naiveBytes = usedAfterGc() - after;
        System.out.printf("entries: %d, average name length: %.1f bytes%n", entries, (double) nameBytes / entries);
        System.out.printf("compiled matcher retained: %,d bytes = %.1f bytes/entry (arrays: %,d bytes)%n",
                matcherBytes, (double) matcherBytes / entries, matcher.footprint());
        System.out.printf("naive HashMap matcher retained (names shared with the input list): %,d bytes = %.1f bytes/entry%n",
                naiveBytes, (double) naiveBytes / entries);
        // Keep both reachable until measured.
        System.out.println(matcher.size() + naive.match("x.example") > Integer.MIN_VALUE ? "" : "-");
    }

    /** Builds in its own frame so that the builder is unreachable when the heap is measured. */
    private static CompiledMatcher build(List<Locator> list) {
        return SyntheticLists.compile(list);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
