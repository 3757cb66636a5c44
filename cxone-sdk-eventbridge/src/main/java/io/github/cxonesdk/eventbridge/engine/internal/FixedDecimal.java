package io.github.cxonesdk.eventbridge.engine.internal;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on {@code unscaled × 10^-scale} held in a long, so that the common
 * numbers of events ({@code 245.0}, {@code 31.5}, {@code 300}) compare without allocating a
 * {@link BigDecimal}. Values are normalised: {@code scale >= 0} and no trailing zero when
 * {@code scale > 0}, so equal values have equal representations.
 *
 * <p>Stateless and thread-safe.
 */
final class FixedDecimal {
    /** The most digits a normalised unscaled value may have (so it fits a long with room). */
    static final int MAX_DIGITS = 18;
    private static final long[] POW10 = new long[MAX_DIGITS + 1];

    static {
        POW10[0] = 1;
        for (int k = 1; k <= MAX_DIGITS; k++) {
            POW10[k] = POW10[k - 1] * 10;
        }
    }

    private FixedDecimal() {
    }

    /** Compares {@code a × 10^-as} with {@code b × 10^-bs} exactly. */
    static int compare(long a, int as, long b, int bs) {
        if (as == bs) {
            return Long.compare(a, b);
        }
        if (as < bs) {
            return compareScaled(a, bs - as, b);
        }
        return -compareScaled(b, as - bs, a);
    }

    /** Compares {@code a × 10^d} with {@code b}; when the product overflows, its sign decides. */
    private static int compareScaled(long a, int d, long b) {
        if (a == 0) {
            return Long.compare(0, b);
        }
        if (d > MAX_DIGITS) {
            return Long.signum(a);
        }
        long low = a * POW10[d];
        long high = Math.multiplyHigh(a, POW10[d]);
        if (high != (low >> 63)) {
            return Long.signum(a); // |a × 10^d| exceeds every long, so it is beyond b
        }
        return Long.compare(low, b);
    }

    /**
     * Parses JSON number text without an exponent into {@code out[0]} (unscaled) and the return
     * value (scale), normalised.
     *
     * @return the scale, or -1 when the text has an exponent or too many digits
     */
    static int parse(char[] text, int offset, int length, long[] out) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                if (digits > 0 || c != '0') {
                    digits++;
                }
                if (digits > MAX_DIGITS) {
                    return -1;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return -1; // exponent (or anything unexpected): let BigDecimal handle it
            }
        }
        if (scale < 0) {
            scale = 0;
        }
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        out[0] = negative ? -unscaled : unscaled;
        return scale;
    }

    /** Normalises a BigDecimal into {@code out[0]} and the returned scale; -1 when it does not fit. */
    static int of(BigDecimal value, long[] out) {
        if (value.signum() == 0) {
            out[0] = 0;
            return 0;
        }
        if (value.precision() - value.scale() > MAX_DIGITS) {
            return -1; // integer part too large (also keeps 1e999999999 from being expanded)
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        if (stripped.precision() > MAX_DIGITS) {
            return -1;
        }
        out[0] = stripped.unscaledValue().longValueExact();
        return stripped.scale();
    }

    /** The canonical equality-index key of a normalised value: a Long, or a trailing-zero-free BigDecimal. */
    static Object key(long unscaled, int scale) {
        return scale == 0 ? (Object) unscaled : BigDecimal.valueOf(unscaled, scale);
    }
}
