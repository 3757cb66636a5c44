package io.github.cxonesdk.eventbridge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small line diff in unified format ({@code ---}/{@code +++} headers, one {@code @@} hunk per
 * group of changes with up to three lines of context). Filters are small, so a plain
 * longest-common-subsequence table is fast enough and keeps the output stable; it is bounded
 * ({@code MAX_CELLS}), so a huge filter gives a coarser diff instead of running out of memory.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** The largest longest-common-subsequence table built (4 M cells, 16 MB); larger inputs diff coarsely. */
    static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    /**
     * Diffs two texts line by line.
     *
     * @param fromLabel the label of the old text, such as {@code live/name}
     * @param toLabel the label of the new text, such as {@code desired/name}
     * @param from the old text
     * @param to the new text
     * @return the diff, or an empty string when the texts are equal
     */
    public static String diff(String fromLabel, String toLabel, String from, String to) {
        if (from.equals(to)) {
            return "";
        }
        List<String> ops = ops(lines(from), lines(to));
        StringBuilder out = new StringBuilder("--- ").append(fromLabel).append('\n')
                .append("+++ ").append(toLabel).append('\n');
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k).charAt(0) != ' ') {
                changes.add(k);
            }
        }
        int first = 0;
        for (int c = 1; c <= changes.size(); c++) {
            // a hunk ends where the gap to the next change is too wide to share context
            if (c == changes.size() || changes.get(c) - changes.get(c - 1) > 2 * CONTEXT) {
                appendHunk(out, ops, Math.max(0, changes.get(first) - CONTEXT),
                        Math.min(ops.size(), changes.get(c - 1) + CONTEXT + 1));
                first = c;
            }
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<String> ops, int start, int end) {
        int oldStart = 1;
        int newStart = 1;
        for (int k = 0; k < start; k++) {
            char c = ops.get(k).charAt(0);
            oldStart += c == '+' ? 0 : 1;
            newStart += c == '-' ? 0 : 1;
        }
        int oldCount = 0;
        int newCount = 0;
        for (int k = start; k < end; k++) {
            char c = ops.get(k).charAt(0);
            oldCount += c == '+' ? 0 : 1;
            newCount += c == '-' ? 0 : 1;
        }
        // as in GNU diff, an empty side is addressed as the line before it
        out.append("@@ -").append(oldCount == 0 ? oldStart - 1 : oldStart).append(',').append(oldCount)
                .append(" +").append(newCount == 0 ? newStart - 1 : newStart).append(',').append(newCount)
                .append(" @@\n");
        for (int k = start; k < end; k++) {
            out.append(ops.get(k)).append('\n');
        }
    }

    /**
     * Returns the edit script: each line prefixed by ' ' (kept), '-' (removed) or '+' (added). The
     * table costs {@code a.size() * b.size()} cells; past {@link #MAX_CELLS} (a server may return a huge
     * filter), the common first and last lines are kept and the middle is removed and added whole:
     * still a correct diff, linear in the input, only not minimal.
     */
    private static List<String> ops(List<String> a, List<String> b) {
        if ((long) a.size() * b.size() <= MAX_CELLS) {
            return lcsOps(a, b);
        }
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> ops = new ArrayList<>();
        a.subList(0, head).forEach(line -> ops.add(" " + line));
        a.subList(head, a.size() - tail).forEach(line -> ops.add("-" + line));
        b.subList(head, b.size() - tail).forEach(line -> ops.add("+" + line));
        a.subList(a.size() - tail, a.size()).forEach(line -> ops.add(" " + line));
        return ops;
    }

    private static List<String> lcsOps(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a.get(i++));
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        return ops;
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(trimmed.split("\n", -1));
    }
}
