package io.github.cxonesdk.influx.internal;

/**
 * Writes a finite double in plain decimal notation (never an exponent, never a locale) with the digits of
 * {@link Double#toString(double)}, which always parse back to the same double, and at least one fraction
 * digit: {@code 1.0}, {@code 0.00001}, {@code 100000000000000000000.0}. From JDK 19 on those digits are the
 * shortest that round-trip (JDK-4511638); on older JDKs a rare value gets one digit more, still exact. That is
 * also what influxdb-client-java writes (its {@code NumberFormat} uses the same digits), so both produce the
 * same bytes. Pure character work: no {@code BigDecimal}, no {@code String.format}.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Doubles {
    private Doubles() {
    }

    /**
     * Appends {@code d}.
     *
     * @param sb the target
     * @param d a finite double
     */
    public static void append(StringBuilder sb, double d) {
        if (appendFewDecimals(sb, d)) {
            return;
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) {
            appendPlain(sb, s);
            return;
        }
        int start = 0;
        if (s.charAt(0) == '-') {
            sb.append('-');
            start = 1;
        }
        // mantissa is "d.ddd": collect its digits without the point, trailing zeros dropped
        StringBuilder digits = new StringBuilder(20).append(s.charAt(start)).append(s, start + 2, e);
        int len = digits.length();
        while (len > 1 && digits.charAt(len - 1) == '0') {
            len--;
        }
        int point = 1 + Integer.parseInt(s, e + 1, s.length(), 10); // digits before the decimal point
        if (point <= 0) {
            sb.append("0.");
            for (int i = point; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits, 0, len);
        } else if (point >= len) {
            sb.append(digits, 0, len);
            for (int i = len; i < point; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, point).append('.').append(digits, point, len);
        }
    }

    private static final double[] POWERS = {1, 10, 100, 1_000};
    private static final long EXACT = 1L << 53;

    /**
     * Fast path for values with at most three decimals (counts, percentiles of millisecond times): when
     * {@code l / 10^k} is exactly {@code d} for an integer {@code l} below 2^53 and the smallest such {@code k},
     * that decimal is the shortest that reads back as {@code d}, which is what {@code Double.toString} prints.
     */
    private static boolean appendFewDecimals(StringBuilder sb, double d) {
        if (d == 0 || !(Math.abs(d) < 1e12)) {
            return false; // keeps -0.0 and large values on the general path
        }
        for (int k = 0; k < POWERS.length; k++) {
            double scaled = d * POWERS[k];
            long l = (long) scaled;
            if (l == scaled && Math.abs(l) < EXACT && l / POWERS[k] == d) {
                appendScaled(sb, l, k);
                return true;
            }
        }
        return false;
    }

    private static void appendScaled(StringBuilder sb, long l, int k) {
        while (k > 0 && l % 10 == 0) { // d * 10^k was exact only at a larger k than the decimal needs
            l /= 10;
            k--;
        }
        if (k == 0) {
            sb.append(l).append(".0");
            return;
        }
        if (l < 0) {
            sb.append('-');
            l = -l;
        }
        long unit = (long) POWERS[k];
        sb.append(l / unit).append('.');
        long fraction = l % unit;
        for (long p = unit / 10; p > fraction && p > 1; p /= 10) {
            sb.append('0');
        }
        sb.append(fraction);
    }

    /** Strips trailing fraction zeros that some {@code Double.toString} versions emit ({@code 0.0010}). */
    private static void appendPlain(StringBuilder sb, String s) {
        int end = s.length();
        int dot = s.indexOf('.');
        while (end > dot + 2 && s.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(s, 0, end);
    }
}
