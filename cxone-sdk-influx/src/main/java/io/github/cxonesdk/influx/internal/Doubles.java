package io.github.cxonesdk.influx.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Writes a finite double in plain decimal notation (never an exponent, never a locale), with the digits of
 * the shortest decimal that parses back to the same double, and at least one fraction digit: {@code 1.0},
 * {@code 0.00001}, {@code 100000000000000000000.0}. That is also what influxdb-client-java writes, so both
 * produce the same bytes.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Doubles {
    /** JDK 19 made {@code Double.toString} return the shortest decimal (JDK-4511638). */
    private static final boolean SHORTEST_TO_STRING = Runtime.version().feature() >= 19;

    private Doubles() {
    }

    /**
     * Appends {@code d}.
     *
     * @param sb the target
     * @param d a finite double
     */
    public static void append(StringBuilder sb, double d) {
        String s = Double.toString(d);
        int e = s.indexOf('E');
        boolean negative = s.charAt(0) == '-';
        if (e < 0 && (SHORTEST_TO_STRING || s.length() - (negative ? 2 : 1) <= 15)) {
            appendPlain(sb, s); // already the shortest
            return;
        }
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        BigDecimal exact = new BigDecimal(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros();
        BigDecimal shortest = SHORTEST_TO_STRING ? exact.abs() : shortest(exact.abs(), d);
        if (negative) {
            sb.append('-');
        }
        String plain = shortest.toPlainString();
        sb.append(plain);
        if (plain.indexOf('.') < 0) {
            sb.append(".0");
        }
    }

    /** Strips trailing fraction zeros that older {@code Double.toString} versions emit ({@code 0.0010}). */
    private static void appendPlain(StringBuilder sb, String s) {
        int end = s.length();
        int dot = s.indexOf('.');
        while (end > dot + 2 && s.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(s, 0, end);
    }

    /**
     * JDK 17's {@code Double.toString} sometimes emits a digit more than needed (fixed in JDK 19); a shorter
     * rounding that parses back to the same double wins.
     */
    private static BigDecimal shortest(BigDecimal value, double d) {
        int digits = value.precision();
        double abs = Math.abs(d);
        for (int p = Math.max(1, digits - 2); p < digits; p++) {
            BigDecimal candidate = value.round(new MathContext(p));
            if (candidate.doubleValue() == abs) {
                return candidate.stripTrailingZeros();
            }
        }
        return value;
    }
}
