package io.github.cxonesdk.schema.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Matches {@code patternProperties} regexes against property names under a step budget, so a
 * catastrophic pattern in a hostile schema fails clearly instead of running for hours.
 */
final class PropertyPatterns {
    private static final int MAX_CHAR_READS = 100_000;

    private PropertyPatterns() {
    }

    /** Whether {@code regex} finds a match in {@code name} (ECMA-262 patterns read as Java patterns). */
    static boolean matches(String regex, String name, String pointer) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw SchemaNodes.invalid(pointer, "patternProperties regex does not compile");
        }
        try {
            return pattern.matcher(new Budgeted(name)).find();
        } catch (BudgetExceeded e) {
            throw SchemaNodes.invalid(pointer, "patternProperties regex needs more than " + MAX_CHAR_READS
                    + " steps on property name (catastrophic backtracking?)");
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** A string whose reads are counted. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final int[] reads;

        Budgeted(String text) {
            this(text, new int[1]);
        }

        private Budgeted(String text, int[] reads) {
            this.text = text;
            this.reads = reads;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > MAX_CHAR_READS) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), reads);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
