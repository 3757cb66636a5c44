package io.github.cxonesdk.eventbridge.internal;

import java.util.regex.Pattern;

/**
 * Bounds the work of one regex search: the text is handed to {@link java.util.regex.Matcher} through
 * a {@link CharSequence} that counts {@code charAt} calls (every step of the backtracking matcher
 * reads a character) and gives up after {@link #budget(int)} of them. A search that gives up counts
 * as no match and is reported by the caller (API.md: "a regex evaluation that exceeds the service's
 * budget counts as no match and is reported"). The simulator applies the same rule.
 *
 * <p>The budget is {@value #BASE} + {@value #PER_CHAR} × min(length, {@value #GENEROUS_PREFIX}) +
 * {@value #PER_CHAR_BEYOND} × length character reads: about a millisecond per kilobyte for ordinary
 * fields, and never more than a few reads per character on huge ones, so a megabyte field costs tens
 * of milliseconds at most, not seconds. Linear-time patterns stay far below it (they read each
 * character a few times), a quadratic pattern reaches it only on long texts it does not match
 * ({@code .*error} on several kilobytes), and a catastrophic one is cut off within milliseconds.
 *
 * <p>Stateless and thread-safe.
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

    /** The outcome of a budgeted search. */
    public enum Outcome {
        /** The pattern was found in the text. */
        FOUND,
        /** The search completed without finding the pattern. */
        NOT_FOUND,
        /** The search exceeded its budget and was abandoned: counts as no match, reported. */
        OVER_BUDGET
    }

    private RegexBudget() {
    }

    /**
     * The most character reads a search of a text of this length may make.
     *
     * @param length the text's length in chars
     * @return {@link #BASE} + {@link #PER_CHAR} × min({@code length}, {@link #GENEROUS_PREFIX})
     *         + {@link #PER_CHAR_BEYOND} × {@code length}
     */
    public static long budget(int length) {
        return BASE + PER_CHAR * Math.min(length, GENEROUS_PREFIX) + PER_CHAR_BEYOND * length;
    }

    /**
     * Searches the text for the pattern ({@link java.util.regex.Matcher#find()}) within the budget.
     *
     * @param pattern the compiled pattern
     * @param text the text
     * @return whether it was found, not found, or the search was abandoned
     */
    public static Outcome find(Pattern pattern, String text) {
        Budgeted budgeted = new Budgeted(text, budget(text.length()));
        try {
            return pattern.matcher(budgeted).find() ? Outcome.FOUND : Outcome.NOT_FOUND;
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

    /** The text as the matcher sees it; counts reads. Not thread-safe: one per search. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private long left;

        Budgeted(String text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
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
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
