package kz.tizim.server.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two catalogue texts, grouped into hunks with context, as an approver reads it.
 * Common leading and trailing lines are skipped first; the rest is a longest-common-subsequence
 * diff, which is exact for the edits people make (a few entries), and falls back to "all removed,
 * all added" only for a middle too large to compare cell by cell.
 */
final class LineDiff {

    /** Whether a line stays, goes or comes. */
    enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /**
     * One line of the diff.
     *
     * @param oldNumber line number in the version in force, 0 for an added line
     * @param newNumber line number in the proposal, 0 for a removed line
     */
    record Line(Kind kind, int oldNumber, int newNumber, String text) {

        /** The unified-diff marker, so the change is readable without colour. */
        public String marker() {
            return switch (kind) {
                case SAME -> " ";
                case REMOVED -> "-";
                case ADDED -> "+";
            };
        }
    }

    record Hunk(List<Line> lines) {

        Hunk {
            lines = List.copyOf(lines);
        }
    }

    static final int CONTEXT = 3;
    private static final long MAX_CELLS = 16_000_000L;

    private LineDiff() {
    }

    static List<Hunk> hunks(String oldText, String newText) {
        return group(lines(oldText.lines().toList(), newText.lines().toList()));
    }

    /** Every line of both texts in diff order. */
    static List<Line> lines(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        var out = new ArrayList<Line>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(Kind.SAME, i + 1, i + 1, a.get(i)));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, out);
        for (int k = suffix; k > 0; k--) {
            int i = a.size() - k;
            int j = b.size() - k;
            out.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
        }
        return out;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new Line(Kind.REMOVED, offset + i + 1, 0, a.get(i)));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Line(Kind.ADDED, 0, offset + j + 1, b.get(j)));
            }
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, offset + i + 1, offset + j + 1, a.get(i)));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, offset + i + 1, 0, a.get(i)));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, 0, offset + j + 1, b.get(j)));
                j++;
            }
        }
    }

    /** Changed lines with up to {@link #CONTEXT} unchanged lines around them; nearby changes share a hunk. */
    static List<Hunk> group(List<Line> lines) {
        var hunks = new ArrayList<Hunk>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < lines.size() && end - lastChange <= 2 * CONTEXT) {
                if (lines.get(end).kind() != Kind.SAME) {
                    lastChange = end;
                }
                end++;
            }
            int stop = Math.min(lines.size(), lastChange + CONTEXT + 1);
            hunks.add(new Hunk(lines.subList(start, stop)));
            i = stop;
        }
        return hunks;
    }
}
