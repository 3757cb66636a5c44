package io.github.cxonesdk.eventbridge.internal;

import io.github.cxonesdk.eventbridge.internal.RegexNode.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "overlapping run" rule of {@link RegexSafety}. A sequence is flattened (groups inlined, so
 * {@code (\d*)(\d*)} is two adjacent quantifiers) and read left to right, keeping the characters
 * every quantifier of the current run can consume. A run continues through:
 * <ul>
 *   <li>a quantifier whose characters overlap the run's: counted (and the run narrows to the overlap);</li>
 *   <li>a fixed atom whose characters overlap the run's, such as the {@code a} of {@code .*a.*a}:
 *       text made of that character lets both neighbours trade it, so the run narrows to it;</li>
 *   <li>zero-width atoms and optional atoms that could match nothing ({@code a?} between
 *       {@code \d*}s, anchors, {@code \b}, lookarounds).</li>
 * </ul>
 * A fixed atom (or a required one) over other characters ends the run. A quantifier is wide when
 * it can vary by {@value #WIDE} or more repetitions (unbounded ones included): {@value #MAX_WIDE}
 * wide quantifiers in one run make matching polynomial of degree four or more with {@code find()},
 * minutes on a 200-character input. Narrow ones multiply choices: a run whose narrow quantifiers
 * offer 2^{@value #MAX_CHOICE_BITS} or more combinations is rejected too.
 *
 * <p>Stateless and thread-safe.
 */
final class RegexRuns {
    /** The repetition range from which a quantifier counts as wide. */
    static final long WIDE = 16;
    /** How many wide overlapping quantifiers a run may hold before it is rejected. */
    static final int MAX_WIDE = 3;
    /** log2 of the number of combinations narrow quantifiers of a run may offer. */
    static final int MAX_CHOICE_BITS = 20;

    private RegexRuns() {
    }

    /** Adds at most one problem for the sequence: the first run, from the left, that is too long. */
    static void check(RegexNode sequence, String pattern, Map<RegexNode, RegexFacts> memo, Set<String> problems) {
        List<RegexNode> items = new ArrayList<>();
        flatten(sequence, items);
        for (int from = 0; from < items.size(); from++) {
            String problem = scan(items, from, pattern, memo);
            if (problem != null) {
                problems.add(problem);
                return;
            }
        }
    }

    /** Follows the run that starts with the quantifier {@code items[from]}; a problem, or null. */
    private static String scan(List<RegexNode> items, int from, String pattern, Map<RegexNode, RegexFacts> memo) {
        RegexFacts head = RegexFacts.of(items.get(from), memo);
        long headRange = range(head);
        if (headRange == 0) {
            return null;
        }
        RegexCharSet run = head.first().copy();
        int wide = headRange >= WIDE ? 1 : 0;
        int bits = headRange >= WIDE ? 0 : bits(headRange);
        for (int k = from + 1; k < items.size(); k++) {
            RegexNode item = items.get(k);
            RegexFacts facts = RegexFacts.of(item, memo);
            long range = range(facts);
            boolean overlaps = run.intersects(facts.first());
            if (facts.max() == 0 || !overlaps && range > 0 && facts.nullable()) {
                continue; // zero-width atoms, and optional atoms over other characters, can match nothing
            }
            if (!overlaps) {
                return null; // a required atom over other characters ends the run
            }
            if (range == 0 || range >= WIDE) {
                run = run.intersection(facts.first()); // the run narrows to what both can consume
            }
            if (range >= WIDE && ++wide == MAX_WIDE) {
                return "overlapping quantifiers in '" + pattern.substring(items.get(from).start(), item.end())
                        + "' can backtrack polynomially (minutes on a short input)";
            }
            if (range > 0 && range < WIDE && (bits += bits(range)) >= MAX_CHOICE_BITS) {
                return "too many optional repetitions in '" + pattern.substring(items.get(from).start(), item.end())
                        + "' can backtrack exponentially";
            }
        }
        return null;
    }

    private static long range(RegexFacts facts) {
        return facts.max() == RegexFacts.UNBOUNDED ? RegexFacts.UNBOUNDED : facts.max() - facts.min();
    }

    /** Inlines nested sequences (the bodies of plain groups) into one list of items. */
    private static void flatten(RegexNode node, List<RegexNode> items) {
        for (RegexNode child : node.children()) {
            if (child.kind() == Kind.SEQUENCE) {
                flatten(child, items);
            } else {
                items.add(child);
            }
        }
    }

    /** log2(range + 1), rounded up: the choices a quantifier of that range adds. */
    private static int bits(long range) {
        return 64 - Long.numberOfLeadingZeros(range);
    }
}
