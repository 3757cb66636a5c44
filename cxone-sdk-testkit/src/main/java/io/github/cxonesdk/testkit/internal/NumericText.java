package io.github.cxonesdk.testkit.internal;

import java.math.BigDecimal;

/**
 * The simulator's copy of the SDK's {@code Decimals} rule (the testkit does not depend on the SDK
 * modules; the shared filter-semantics table keeps the two in step). Decides what "numeric" means for filters (API.md "Filter semantics"): a JSON number, or a string
 * in JSON number syntax: optional {@code -}, ASCII digits without a leading zero, an optional
 * fraction, an optional exponent ({@code "300"}, {@code "-1.5"}, {@code "2e3"}); no whitespace,
 * no {@code +}, no {@code .5}, no {@code NaN}, no {@code Infinity}, no hex, no non-ASCII digits.
 * The exponent must leave the value's scale within {@code int} range.
 *
 * <p>Parsing is linear in the string's length: a value with more than {@value #EXACT_DIGITS}
 * significant digits is kept as its first {@value #EXACT_DIGITS} digits plus one "sticky" nonzero
 * digit when any dropped digit is nonzero. That keeps every comparison with a value of at most
 * {@value #EXACT_DIGITS} significant digits exact (every JSON number the event parser accepts, and
 * every ordinary filter value) without the quadratic cost of converting a megabyte of digits.
 *
 * <p>This class is thread-safe (stateless).
 */
final class NumericText {
    /** Significant digits kept exactly; beyond them one sticky digit stands for the rest. */
    static final int EXACT_DIGITS = 1000;

    private NumericText() {
    }

    /**
     * Parses a numeric string.
     *
     * @param text the string
     * @return the value, or {@code null} when {@code text} is not numeric
     */
    static BigDecimal parse(String text) {
        int end = text.length();
        int i = 0;
        if (end > 0 && text.charAt(0) == '-') {
            i++;
        }
        int intStart = i;
        if (i < end && text.charAt(i) == '0') {
            i++;
        } else {
            i = digits(text, i);
        }
        int intEnd = i;
        if (intEnd == intStart) {
            return null;
        }
        int fracEnd = i;
        if (i < end && text.charAt(i) == '.') {
            fracEnd = digits(text, i + 1);
            if (fracEnd == i + 1) {
                return null;
            }
            i = fracEnd;
        }
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expEnd = digits(text, i);
            if (expEnd == i) {
                return null;
            }
            i = expEnd;
        }
        if (i != end) {
            return null;
        }
        try {
            return end <= EXACT_DIGITS ? new BigDecimal(text) : longValue(text, intStart, intEnd, fracEnd);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // exponent beyond the range of a scale
        }
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Builds a long numeric string's value from at most {@link #EXACT_DIGITS} + 1 digits. */
    private static BigDecimal longValue(String text, int intStart, int intEnd, int fracEnd) {
        long exponent = 0;
        if (fracEnd < text.length()) {
            String exp = text.substring(fracEnd + 1);
            int digitsFrom = exp.charAt(0) == '+' || exp.charAt(0) == '-' ? 1 : 0;
            String magnitude = exp.substring(digitsFrom).replaceFirst("^0+(?=\\d)", "");
            if (magnitude.length() > 12) {
                throw new NumberFormatException("exponent out of range");
            }
            exponent = Long.parseLong(magnitude) * (exp.charAt(0) == '-' ? -1 : 1);
        }
        StringBuilder kept = new StringBuilder(EXACT_DIGITS + 2);
        long scale = -exponent;
        boolean sticky = false;
        for (int k = intStart; k < fracEnd; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                continue;
            }
            if (k > intEnd) {
                scale++; // a fraction digit, kept or dropped
            }
            if (kept.length() == 0 && c == '0') {
                continue; // leading zeros carry no value
            }
            if (kept.length() < EXACT_DIGITS) {
                kept.append(c);
            } else {
                scale--; // a dropped digit: the kept ones move up one place
                sticky |= c != '0';
            }
        }
        if (kept.length() == 0) {
            return BigDecimal.ZERO;
        }
        if (sticky) {
            kept.append('1');
            scale++;
        }
        if (scale != (int) scale) {
            throw new ArithmeticException("scale out of range");
        }
        BigDecimal magnitude = new BigDecimal(new java.math.BigInteger(kept.toString()), (int) scale);
        return text.charAt(0) == '-' ? magnitude.negate() : magnitude;
    }
}
