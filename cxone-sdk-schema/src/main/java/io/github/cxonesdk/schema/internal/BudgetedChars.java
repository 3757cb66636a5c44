package io.github.cxonesdk.schema.internal;

import java.util.regex.Pattern;

/**
 * Runs a {@link Pattern} on text whose character reads are counted, so a regular expression with
 * catastrophic backtracking stops after a budget instead of running for hours on hostile input.
 * Every {@code pattern}/{@code patternProperties} match of this module goes through here.
 */
public final class BudgetedChars implements CharSequence {
    private final String text;
    private final long[] reads;
    private final long budget;

    private BudgetedChars(String text, long[] reads, long budget) {
        this.text = text;
        this.reads = reads;
        this.budget = budget;
    }

    /** Thrown when a match needs more reads than its budget. */
    public static final class BudgetExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceededException() {
            super("regular expression exceeded its step budget", null, false, false);
        }
    }

    /**
     * Whether {@code pattern} finds a match in {@code text} within {@code budget} character reads.
     *
     * @throws BudgetExceededException past the budget
     */
    public static boolean find(Pattern pattern, String text, long budget) {
        return pattern.matcher(new BudgetedChars(text, new long[1], budget)).find();
    }

    /** A budget that grows with the text: linear patterns never reach it, catastrophic ones soon do. */
    public static long budgetFor(String text) {
        return 100_000L + 64L * text.length();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > budget) {
            throw new BudgetExceededException();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedChars(text.substring(start, end), reads, budget);
    }

    @Override
    public String toString() {
        return text;
    }
}
