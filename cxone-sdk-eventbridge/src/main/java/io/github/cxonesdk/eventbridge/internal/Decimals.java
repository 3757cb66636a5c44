package io.github.cxonesdk.eventbridge.internal;

import java.math.BigDecimal;

/**
 * Decides what "numeric" means for filters (API.md "Filter semantics"): a JSON number, or a string
 * that parses as a decimal number. The string grammar is {@link BigDecimal#BigDecimal(String)}'s:
 * optional sign, digits with an optional fraction, optional exponent ({@code "300"}, {@code "-1.5"},
 * {@code "2e3"}, {@code ".5"}); no whitespace, no {@code NaN}, no {@code Infinity}, no hex.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Decimals {
    private Decimals() {
    }

    /**
     * Parses a numeric string.
     *
     * @param text the string
     * @return the exact value, or {@code null} when {@code text} is not numeric
     */
    public static BigDecimal parse(String text) {
        if (!mayBeNumeric(text)) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * Cheap pre-check so that ordinary words never reach the exception path of
     * {@link BigDecimal#BigDecimal(String)}.
     *
     * @param text the string
     * @return false when {@code text} certainly is not numeric
     */
    public static boolean mayBeNumeric(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        char first = text.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
            return false;
        }
        char last = text.charAt(length - 1);
        // BigDecimal accepts any Unicode decimal digit, so this check must too
        return Character.isDigit(last) || last == '.';
    }

    /**
     * Converts a JSON number read by Jackson or given by a user into an exact decimal.
     *
     * @param number the number
     * @return the exact value, or {@code null} for NaN, infinities or an unsupported type
     */
    public static BigDecimal of(Number number) {
        if (number instanceof BigDecimal big) {
            return big;
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof java.math.BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Float f) {
            return Float.isFinite(f) ? new BigDecimal(Float.toString(f)) : null;
        }
        if (number instanceof Double d) {
            // Double.toString gives the shortest text that reads back as the same double: 2.5 stays 2.5
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return parse(number.toString());
    }
}
