package io.github.cxonesdk.eventbridge.internal;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a {@link RegexNode} can do, as far as backtracking is concerned, computed bottom-up once per
 * node: the shortest and longest text it matches, the characters that text can start with
 * (over-approximated), and whether it holds a variable-length quantifier, an ambiguous alternation
 * or a back-reference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param min the fewest characters the node matches
 * @param max the most characters; {@link #UNBOUNDED} when there is no limit
 * @param first the characters a match can start with; empty for zero-width nodes
 * @param variable whether the node holds a quantifier whose repetition count can vary
 * @param ambiguous whether the node holds an alternation whose branches can start alike or be empty
 * @param backReference whether the node holds a back-reference
 */
record RegexFacts(long min, long max, RegexCharSet first, boolean variable, boolean ambiguous,
        boolean backReference) {
    /** The {@link #max} of a node without an upper bound. */
    static final long UNBOUNDED = Long.MAX_VALUE;

    /** Computes the facts of a node and of all nodes below it, remembering each in {@code memo}. */
    static RegexFacts of(RegexNode node, Map<RegexNode, RegexFacts> memo) {
        RegexFacts known = memo.get(node);
        if (known == null) {
            known = compute(node, memo);
            memo.put(node, known);
        }
        return known;
    }

    /** A memo for {@link #of}: nodes are compared by identity (two {@code a} atoms are two nodes). */
    static Map<RegexNode, RegexFacts> memo() {
        return new IdentityHashMap<>();
    }

    /** Whether the node can match the empty string. */
    boolean nullable() {
        return min == 0;
    }

    private static RegexFacts compute(RegexNode node, Map<RegexNode, RegexFacts> memo) {
        return switch (node.kind()) {
            case CHARS -> new RegexFacts(1, 1, node.chars(), false, false, false);
            case EMPTY -> new RegexFacts(0, 0, new RegexCharSet(), false, false, false);
            case BACK_REFERENCE -> new RegexFacts(0, UNBOUNDED, RegexCharSet.any(), true, false, true);
            case LOOKAROUND -> {
                RegexFacts body = of(node.body(), memo);
                yield new RegexFacts(0, 0, new RegexCharSet(), body.variable, body.ambiguous, body.backReference);
            }
            case SEQUENCE -> sequence(node, memo);
            case ALTERNATION -> alternation(node, memo);
            case REPEAT -> {
                RegexFacts body = of(node.body(), memo);
                yield new RegexFacts(times(body.min, node.min()), times(body.max, node.max()), body.first,
                        body.variable || node.min() != node.max(), body.ambiguous, body.backReference);
            }
        };
    }

    private static RegexFacts sequence(RegexNode node, Map<RegexNode, RegexFacts> memo) {
        long min = 0;
        long max = 0;
        RegexCharSet first = new RegexCharSet();
        boolean startsHere = true;
        boolean variable = false;
        boolean ambiguous = false;
        boolean backReference = false;
        for (RegexNode child : node.children()) {
            RegexFacts facts = of(child, memo);
            if (startsHere) {
                first.addAll(facts.first);
                startsHere = facts.nullable();
            }
            min = plus(min, facts.min);
            max = plus(max, facts.max);
            variable |= facts.variable;
            ambiguous |= facts.ambiguous;
            backReference |= facts.backReference;
        }
        return new RegexFacts(min, max, first, variable, ambiguous, backReference);
    }

    private static RegexFacts alternation(RegexNode node, Map<RegexNode, RegexFacts> memo) {
        long min = UNBOUNDED;
        long max = 0;
        RegexCharSet first = new RegexCharSet();
        boolean variable = false;
        boolean ambiguous = false;
        boolean backReference = false;
        for (RegexNode branch : node.children()) {
            RegexFacts facts = of(branch, memo);
            ambiguous |= facts.ambiguous || facts.nullable() || first.intersects(facts.first);
            min = Math.min(min, facts.min);
            max = Math.max(max, facts.max);
            first.addAll(facts.first);
            variable |= facts.variable;
            backReference |= facts.backReference;
        }
        return new RegexFacts(min, max, first, variable, ambiguous, backReference);
    }

    private static long plus(long a, long b) {
        return a == UNBOUNDED || b == UNBOUNDED || a + b < 0 ? UNBOUNDED : a + b;
    }

    private static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a == UNBOUNDED || b == UNBOUNDED || a > UNBOUNDED / b ? UNBOUNDED : a * b;
    }
}
