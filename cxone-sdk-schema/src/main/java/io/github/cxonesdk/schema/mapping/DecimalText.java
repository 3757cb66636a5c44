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
     * the integer quotient when exact, else, when {@code d} is 10^{@code k} with {@code k} at most 6,
     * the exact decimal. Returns the position after the text written at {@code out[at]}, or
     * {@code -1} (nothing written) for any other case. With {@code out == null} it only measures:
     * {@code quotient(..., null, 0)} is the length the same call with an array writes.
     */
    static int quotient(byte[] in, int from, int to, long d, int k, byte[] out, int at) {
        boolean negative = in[from] == '-';
        int start = negative ? from + 1 : from;
        if (to - start > 18) {
            return -1;
        }
        if (k > 0) {
            return shiftPoint(in, negative, start, to, k, out, at);
        }
        long x = 0;
        for (int i = start; i < to; i++) {
            x = x * 10 + (in[i] - '0');
        }
        x = negative ? -x : x;
        if (x % d != 0) {
            return -1;
        }
        long q = x / d;
        if (out == null) {
            return at + (q < 0 ? 1 : 0) + ByteSink.digits(Math.abs(q));
        }
        return ByteSink.putLong(q, out, at);
    }

    /**
     * Divides digits by 10^{@code k} by moving the decimal point: the digits before
     * {@code to - k} are the integer part ({@code 0} when there are none), the rest, after
     * {@code k - digits} zeros and without trailing zeros, the fraction. No arithmetic.
     */
    private static int shiftPoint(byte[] in, boolean negative, int start, int to, int k, byte[] out, int at) {
        int point = to - k;
        int fractionFrom = Math.max(point, start);
        int last = to;
        while (last > fractionFrom && in[last - 1] == '0') {
            last--;
        }
        boolean exact = last == fractionFrom;
        if (!exact && k > MAX_PLAIN_SCALE) {
            return -1;
        }
        boolean zeroIntegerPart = point <= start;
        if (exact && zeroIntegerPart) {
            return put(out, at, (byte) '0'); // the digits were "0": zero has no sign
        }
        if (negative) {
            at = put(out, at, (byte) '-');
        }
        if (zeroIntegerPart) {
            at = put(out, at, (byte) '0');
        } else {
            at = put(out, at, in, start, point);
        }
        if (exact) {
            return at;
        }
        at = put(out, at, (byte) '.');
        for (int z = point; z < start; z++) {
            at = put(out, at, (byte) '0');
        }
        return put(out, at, in, fractionFrom, last);
    }

    private static int put(byte[] out, int at, byte b) {
        if (out != null) {
            out[at] = b;
        }
        return at + 1;
    }

    private static int put(byte[] out, int at, byte[] in, int from, int to) {
        return out != null ? ByteSink.put(in, from, to, out, at) : at + to - from;
    }
}
