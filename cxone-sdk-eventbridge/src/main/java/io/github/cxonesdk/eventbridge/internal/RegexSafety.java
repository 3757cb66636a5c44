package io.github.cxonesdk.eventbridge.internal;

import io.github.cxonesdk.eventbridge.internal.RegexNode.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conservative static check for regular expressions prone to catastrophic backtracking (ReDoS),
 * run on patterns that {@link java.util.regex.Pattern} already compiled. It rejects:
 * <ul>
 *   <li>nested quantifiers: a group repeated more than once whose body holds a variable-length
 *       quantifier, such as {@code (a+)+}, {@code (a*)*}, {@code (.*a){3}}, {@code ([a-z]+\.)+};</li>
 *   <li>a repeated group holding an alternation whose branches can start with the same character
 *       or match the empty string, such as {@code (a|a)*}, {@code (a|ab)+}, {@code (\d|[0-9])*};</li>
 *   <li>back-references inside a repeated group;</li>
 *   <li>runs of three or more wide quantifiers that can consume the same text ({@link RegexRuns}):
 *       {@code \d*\d*\d*x}, {@code (\d*)(\d*)(\d*)x} (groups do not hide adjacency),
 *       {@code \d*a?\d*a?\d*z} (optional separators), {@code .*a.*a.*a.*b} (separators the
 *       quantifiers also match), {@code a{0,1000}a{0,1000}a{0,1000}b} (wide bounded quantifiers);
 *       and runs of many narrow ones, such as thirty {@code a?} before thirty {@code a}.</li>
 * </ul>
 * First-character sets are over-approximated (case-insensitive flags and {@code \p{..}} classes
 * count as "anything"), so the check may reject a safe pattern. It cannot see every slow shape
 * (two overlapping quantifiers, {@code \d+\d+x}, are quadratic on long inputs; periodic separators
 * such as {@code .*ab.*ab.*ab.*c} escape it): evaluation also bounds the work of every match
 * ({@link io.github.cxonesdk.core.internal.RegexBudget}).
 *
 * <p>This class is thread-safe (stateless; each call builds its own tree).
 */
public final class RegexSafety {
    /** The longest pattern accepted. */
    public static final int MAX_LENGTH = 512;

    private RegexSafety() {
    }

    /**
     * Returns the reasons a compiled pattern is considered unsafe.
     *
     * @param pattern a pattern that {@link java.util.regex.Pattern#compile(String)} accepts
     * @return the problems found, empty when the pattern looks safe
     */
    public static List<String> problems(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            return List.of("is longer than " + MAX_LENGTH + " characters");
        }
        Set<String> problems = new LinkedHashSet<>();
        Map<RegexNode, RegexFacts> memo = RegexFacts.memo();
        visit(RegexParser.parse(pattern), pattern, memo, problems);
        return new ArrayList<>(problems);
    }

    private static void visit(RegexNode node, String pattern, Map<RegexNode, RegexFacts> memo, Set<String> problems) {
        if (node.kind() == Kind.REPEAT && node.max() > 1) {
            repeated(node, pattern.substring(node.start(), node.end()), RegexFacts.of(node.body(), memo), problems);
        } else if (node.kind() == Kind.SEQUENCE) {
            RegexRuns.check(node, pattern, memo, problems);
        }
        for (RegexNode child : node.children()) {
            visit(child, pattern, memo, problems);
        }
    }

    private static void repeated(RegexNode node, String piece, RegexFacts body, Set<String> problems) {
        if (body.variable()) {
            problems.add("nested quantifier in '" + piece + "' can backtrack catastrophically");
        } else if (body.ambiguous()) {
            problems.add("repeated alternation with overlapping branches in '" + piece
                    + "' can backtrack catastrophically");
        } else if (body.backReference()) {
            problems.add("back-reference inside the repeated group '" + piece + "'");
        }
    }
}
