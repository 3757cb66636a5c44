package io.github.cxonesdk.core.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Bounds the work of one regex search, the SDK's one defence against catastrophic backtracking at
 * match time: the text is handed to {@link java.util.regex.Matcher} through a {@link CharSequence}
 * that counts {@code charAt} calls (every step of the backtracking matcher reads a character) and
 * gives up after a budget of them. A search that gives up is {@link Outcome#OVER_BUDGET}, never a
 * silent "no match": the caller reports it (the filter engine counts it, schema validation treats it
 * as a violation). Static pattern checks can only reject known shapes; this bound holds for every
 * pattern and every input. Not API: exported only to the SDK's own modules.
 *
 * <p>The default budget ({@link #budget(int)}) is {@value #BASE} + {@value #PER_CHAR} × min(length,
 * {@value #GENEROUS_PREFIX}) + {@value #PER_CHAR_BEYOND} × length character reads: about a millisecond
 * per kilobyte for ordinary fields, and never more than a few reads per character on huge ones, so a
 * megabyte field costs tens of milliseconds at most, not seconds. Linear-time patterns stay far below
 * it (they read each character a few times), a quadratic pattern reaches it only on long texts it
 * does not match ({@code .*error} on several kilobytes), and a catastrophic one is cut off within
 * milliseconds. The simulator (cxone-sdk-testkit, which depends on no SDK module) keeps a copy with
 * the same numbers, so both sides agree on what is over budget (API.md).
 *
 * <p>This class is thread-safe (stateless; each search gets its own counter).
 */
public final class RegexBudget {
    /** Character reads every search may make, whatever the text's length. */
    public static final long BASE = 100_000;
    /** Further character reads per character of text, for the first {@link #GENEROUS_PREFIX} characters. */
    public static final long PER_CHAR = 1_000;
    /** How many characters of a text earn {@link #PER_CHAR} reads each. */
    public static final int GENEROUS_PREFIX = 10_000;
    /** Further character reads per character of text, for every character. */
    public static final long PER_CHAR_BEYOND = 10;

    /** The outcome of a budgeted search. Immutable and thread-safe (an enum). */
    public enum Outcome {
        /** The pattern was found in the text. */
        FOUND,
        /** The search completed without finding the pattern. */
        NOT_FOUND,
        /** The search exceeded its budget and was abandoned; the caller reports it. */
        OVER_BUDGET
    }

    private RegexBudget() {
    }

    /**
     * Returns the most character reads a search of a text of this length may make by default.
     *
     * @param length the text's length in chars, not negative
     * @return {@link #BASE} + {@link #PER_CHAR} × min({@code length}, {@link #GENEROUS_PREFIX})
     *         + {@link #PER_CHAR_BEYOND} × {@code length}
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public static long budget(int length) {
        Checks.atLeast(length, 0, "length");
        return BASE + PER_CHAR * Math.min(length, GENEROUS_PREFIX) + PER_CHAR_BEYOND * length;
    }

    /**
     * Searches the text for the pattern ({@link java.util.regex.Matcher#find()}) within the default
     * budget for its length.
     *
     * @param pattern the compiled pattern
     * @param text the text
     * @return whether it was found, not found, or the search was abandoned
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Outcome find(Pattern pattern, String text) {
        Objects.requireNonNull(text, "text == null");
        return find(pattern, text, budget(text.length()));
    }

    /**
     * Searches the text for the pattern within a fixed budget, for callers whose texts are short by
     * construction (property names) and want a smaller bound than {@link #budget(int)}.
     *
     * @param pattern the compiled pattern
     * @param text the text
     * @param budget the most character reads the search may make, at least 1
     * @return whether it was found, not found, or the search was abandoned
     * @throws NullPointerException if {@code pattern} or {@code text} is {@code null}
     * @throws IllegalArgumentException if {@code budget} is below 1
     */
    public static Outcome find(Pattern pattern, String text, long budget) {
        Objects.requireNonNull(pattern, "pattern == null");
        Objects.requireNonNull(text, "text == null");
        Checks.atLeast(budget, 1L, "budget");
        try {
            return pattern.matcher(new Budgeted(text, new long[] {budget})).find()
                    ? Outcome.FOUND : Outcome.NOT_FOUND;
        } catch (Exhausted e) {
            return Outcome.OVER_BUDGET;
        }
    }

    /** Thrown (one shared instance, no stack trace) when a search runs out of budget. */
    private static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super("regex budget exceeded", null, false, false);
        }
    }

    /** The text as the matcher sees it; counts reads, sub-sequences share the counter. One per search. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long[] left;

        Budgeted(String text, long[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw Exhausted.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
