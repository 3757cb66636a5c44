package io.github.cxonesdk.eventbridge.internal;

import java.util.List;

/**
 * One node of the syntax tree {@link RegexParser} builds for {@link RegexSafety}: only what matters
 * for backtracking. Groups (capturing or not) are not nodes of their own: a group is its body.
 *
 * <p>Immutable once built; thread-safe.
 *
 * @param kind what the node is
 * @param chars the characters a {@link Kind#CHARS} node matches (over-approximated); else {@code null}
 * @param children the parts of a sequence or alternation, or the one body of a repeat or lookaround
 * @param min the fewest repetitions of a {@link Kind#REPEAT}
 * @param max the most repetitions of a {@link Kind#REPEAT}; {@link Long#MAX_VALUE} when unbounded
 * @param start the node's first index in the pattern
 * @param end the index after the node in the pattern
 */
record RegexNode(Kind kind, RegexCharSet chars, List<RegexNode> children, long min, long max, int start, int end) {
    /** The kinds of node. */
    enum Kind {
        /** One character of a set (a literal, a class, {@code .}, an escape). */
        CHARS,
        /** A zero-width assertion ({@code ^}, {@code \b}) or an empty quote. */
        EMPTY,
        /** Parts matched one after the other. */
        SEQUENCE,
        /** Branches separated by {@code |}. */
        ALTERNATION,
        /** A quantified body. */
        REPEAT,
        /** A lookahead or lookbehind: zero-width, but its body is checked too. */
        LOOKAROUND,
        /** A back-reference: matches text of any length decided at run time. */
        BACK_REFERENCE
    }

    static RegexNode chars(RegexCharSet set, int start, int end) {
        return new RegexNode(Kind.CHARS, set, List.of(), 1, 1, start, end);
    }

    static RegexNode empty(int start, int end) {
        return new RegexNode(Kind.EMPTY, null, List.of(), 1, 1, start, end);
    }

    static RegexNode of(Kind kind, List<RegexNode> children, int start, int end) {
        return new RegexNode(kind, null, List.copyOf(children), 1, 1, start, end);
    }

    static RegexNode repeat(RegexNode body, long min, long max, int start, int end) {
        return new RegexNode(Kind.REPEAT, null, List.of(body), min, max, start, end);
    }

    RegexNode body() {
        return children.get(0);
    }
}
