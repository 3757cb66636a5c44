package io.github.cxonesdk.eventbridge.internal;

import io.github.cxonesdk.eventbridge.internal.RegexNode.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent reader of {@code java.util.regex} syntax into a {@link RegexNode} tree, just
 * deep enough for {@link RegexSafety}. It runs only on patterns {@link java.util.regex.Pattern}
 * compiled, so it never reports syntax errors; recursion depth is bounded by the pattern length
 * ({@link RegexSafety#MAX_LENGTH}).
 *
 * <p>Not thread-safe: one instance per pattern.
 */
final class RegexParser {
    private final RegexCursor c;

    private RegexParser(String pattern) {
        this.c = new RegexCursor(pattern);
    }

    /** Parses a compiled pattern: the top-level alternation (or sequence). */
    static RegexNode parse(String pattern) {
        RegexParser parser = new RegexParser(pattern);
        List<RegexNode> parts = new ArrayList<>();
        while (parser.c.more()) {
            parts.add(parser.alternation());
            parser.c.i++; // an unbalanced ')' cannot reach here after Pattern.compile; skip defensively
        }
        return parts.size() == 1 ? parts.get(0) : RegexNode.of(Kind.SEQUENCE, parts, 0, pattern.length());
    }

    private RegexNode alternation() {
        int start = c.i;
        List<RegexNode> branches = new ArrayList<>();
        branches.add(sequence());
        while (c.at('|')) {
            c.i++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : RegexNode.of(Kind.ALTERNATION, branches, start, c.i);
    }

    private RegexNode sequence() {
        int start = c.i;
        List<RegexNode> items = new ArrayList<>();
        while (c.more() && c.peek() != '|' && c.peek() != ')') {
            int atomStart = c.i;
            items.add(quantifier(atom(), atomStart));
        }
        return RegexNode.of(Kind.SEQUENCE, items, start, c.i);
    }

    private RegexNode quantifier(RegexNode atom, int atomStart) {
        if (!c.more()) {
            return atom;
        }
        char q = c.peek();
        long min;
        long max;
        int close = c.p.indexOf('}', c.i);
        if (q == '*' || q == '+' || q == '?') {
            min = q == '+' ? 1 : 0;
            max = q == '?' ? 1 : Long.MAX_VALUE;
            c.i++;
        } else if (q == '{' && close > c.i) {
            String[] bounds = c.p.substring(c.i + 1, close).split(",", -1);
            min = bound(bounds[0], 0);
            max = bounds.length == 1 ? min : bound(bounds[1], Long.MAX_VALUE);
            c.i = close + 1;
        } else {
            return atom;
        }
        if (c.at('?') || c.at('+')) {
            c.i++; // lazy and possessive variants are judged like greedy ones, conservatively
        }
        return RegexNode.repeat(atom, min, max, atomStart, c.i);
    }

    private static long bound(String text, long absent) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return absent;
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private RegexNode atom() {
        int start = c.i;
        switch (c.peek()) {
            case '(':
                return group();
            case '[':
                return RegexNode.chars(c.charClass(), start, c.i);
            case '.':
                c.i++;
                return RegexNode.chars(RegexCharSet.any(), start, c.i);
            case '^':
            case '$':
                c.i++;
                return RegexNode.empty(start, c.i);
            case '\\':
                return escape(start);
            default:
                return RegexNode.chars(c.nextLiteral(), start, c.i);
        }
    }

    private RegexNode escape(int start) {
        RegexCharSet set = c.escape(true);
        if (set == null || set == RegexCursor.QUOTED_EMPTY) {
            return RegexNode.empty(start, c.i);
        }
        if (set == RegexCursor.BACK_REFERENCE) {
            return RegexNode.of(Kind.BACK_REFERENCE, List.of(), start, c.i);
        }
        return RegexNode.chars(set, start, c.i);
    }

    private RegexNode group() {
        int start = c.i;
        c.i++; // '('
        boolean lookaround = false;
        if (c.at('?')) {
            c.i++;
            char kind = c.more() ? c.peek() : ')';
            if (kind == '=' || kind == '!') {
                lookaround = true;
                c.i++;
            } else if (kind == '<' && c.i + 1 < c.p.length() && (c.p.charAt(c.i + 1) == '=' || c.p.charAt(c.i + 1) == '!')) {
                lookaround = true;
                c.i += 2;
            } else if (kind == '<') {
                c.skipPast('>'); // named group
            } else if (kind == '>') {
                c.i++; // atomic group, judged like a plain group
            } else if (readFlags()) {
                return RegexNode.empty(start, c.i); // inline flags such as (?i)
            }
        }
        RegexNode body = alternation();
        if (c.at(')')) {
            c.i++;
        }
        return lookaround ? RegexNode.of(Kind.LOOKAROUND, List.of(body), start, c.i) : body;
    }

    /** Reads flags after "(?"; returns true when the group was only flags, "(?i)". */
    private boolean readFlags() {
        boolean on = true;
        while (c.more()) {
            char f = c.p.charAt(c.i++);
            if (f == ')') {
                return true;
            }
            if (f == ':') {
                return false;
            }
            if (f == '-') {
                on = false;
            } else if (f == 'i') {
                c.ignoreCase = on;
            }
        }
        return true;
    }
}
