package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.schema.internal.ByteSink;

/**
 * Number text the byte-level mapper can write without building a node, exactly as the node route
 * writes it ({@code BigDecimal.toString()} of a decimal node, {@code divide}'s exact quotient).
 * Stateless and thread-safe.
 */
final class DecimalText {
    /** {@code BigDecimal.toString()} switches to exponent notation below 10^-6. */
    private static final int MAX_PLAIN_SCALE = 6;

    private DecimalText() {
    }

    /**
     * Whether validated decimal text (it has a fraction or exponent) reads back as a decimal node
     * that writes exactly these bytes: no exponent, no negative zero, and no scale that
     * {@code BigDecimal} would print in exponent notation.
     */
    static boolean plainDecimal(byte[] in, int from, int to) {
        int point = -1;
        for (int k = from; k < to; k++) {
            byte c = in[k];
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c == '.') {
                point = k;
            }
        }
        if (in[from] == '-' && in[from + 1] == '0') {
            return false;
        }
        return in[from] != '0' || to - point - 1 <= MAX_PLAIN_SCALE;
    }

    /**
     * Writes validated integer text divided by {@code d} as the built-in {@code divide} writes it:
     * the integer quotient when exact, else the exact decimal when {@code d} is 10^{@code k} with
     * {@code k} at most 6. Returns false (nothing written) for any other case.
     */
    static boolean divide(byte[] in, int from, int to, long d, int k, ByteSink out) {
        boolean negative = in[from] == '-';
        int start = negative ? from + 1 : from;
        if (to - start > 18) {
            return false;
        }
        long x = 0;
        for (int i = start; i < to; i++) {
            x = x * 10 + (in[i] - '0');
        }
        x = negative ? -x : x;
        if (d < 0) {
            if (x % d != 0) {
                return false;
            }
            out.appendLong(x / d);
            return true;
        }
        long ax = Math.abs(x);
        long quotient = ax / d;
        long fraction = ax - quotient * d;
        if (fraction == 0) {
            out.appendLong(negative ? -quotient : quotient);
            return true;
        }
        if (k <= 0 || k > MAX_PLAIN_SCALE) {
            return false;
        }
        int digits = k;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        if (negative) {
            out.append((byte) '-');
        }
        out.appendLong(quotient);
        out.append((byte) '.');
        for (int z = ByteSink.digits(fraction); z < digits; z++) {
            out.append((byte) '0');
        }
        out.appendLong(fraction);
        return true;
    }
}
