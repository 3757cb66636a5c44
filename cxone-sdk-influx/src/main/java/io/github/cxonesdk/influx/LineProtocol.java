package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.influx.internal.Doubles;
import io.github.cxonesdk.influx.internal.Escaping;
import io.github.cxonesdk.influx.internal.Escaping.Element;

import java.util.List;
import java.util.Objects;

/**
 * Encodes {@link Point}s in InfluxDB line protocol:
 * {@code measurement[,tag=value...] field=value[,field=value...] [timestamp]}.
 *
 * <p>Escaping follows InfluxDB's own parser, element by element: the measurement escapes comma and space;
 * tag keys, tag values and field keys escape comma, equals sign and space; string field values escape
 * {@code "} and {@code \}; a literal backslash elsewhere is written as is (InfluxDB keeps it), with one more
 * backslash where InfluxDB would otherwise read it as an escape. Floats are written in plain decimal with the
 * shortest digits that read back as the same double; integers with {@code i}, unsigned with {@code u}.
 * Whatever InfluxDB could not read back equal was already refused when the point was built.
 *
 * <pre>{@code
 * StringBuilder sb = new StringBuilder();
 * for (Point p : points) {
 *     LineProtocol.append(sb, p, WritePrecision.NS).append('\n');
 * }
 * }</pre>
 *
 * <p>This class is thread-safe (stateless); a {@code StringBuilder} passed in is of course not.
 */
public final class LineProtocol {
    private LineProtocol() {
    }

    /**
     * Returns one point as a line, its timestamp in {@code precision}.
     *
     * @param point the point
     * @param precision the unit of the written timestamp
     * @return the line, without a line terminator
     * @throws ModelValidationException if the point's timestamp is finer than {@code precision} and would lose digits
     */
    public static String encode(Point point, WritePrecision precision) {
        return append(new StringBuilder(256), point, precision).toString();
    }

    /**
     * Appends one point as a line, its timestamp in {@code precision}, to a reusable builder.
     *
     * @param sb the target
     * @param point the point
     * @param precision the unit of the written timestamp
     * @return {@code sb}
     * @throws ModelValidationException if the point's timestamp is finer than {@code precision} and would lose digits
     */
    public static StringBuilder append(StringBuilder sb, Point point, WritePrecision precision) {
        Objects.requireNonNull(point, "point == null");
        Objects.requireNonNull(precision, "precision == null");
        appendKey(sb, point);
        sb.append(' ');
        appendFields(sb, point);
        if (point.hasTime) {
            sb.append(' ').append(convert(point, precision));
        }
        return sb;
    }

    static void appendKey(StringBuilder sb, Point p) {
        Escaping.appendName(sb, p.measurement, Element.MEASUREMENT);
        String[] keys = p.tagKeys;
        String[] values = p.tagValues;
        for (int i = 0; i < keys.length; i++) {
            sb.append(',');
            Escaping.appendName(sb, keys[i], Element.TAG);
            sb.append('=');
            Escaping.appendName(sb, values[i], Element.TAG);
        }
    }

    private static void appendFields(StringBuilder sb, Point p) {
        String[] keys = p.fieldKeys;
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Escaping.appendName(sb, keys[i], Element.FIELD_KEY);
            sb.append('=');
            long bits = p.fieldBits[i];
            switch (p.fieldTypes[i]) {
                case Point.DOUBLE:
                    Doubles.append(sb, Double.longBitsToDouble(bits));
                    break;
                case Point.LONG:
                    sb.append(bits).append('i');
                    break;
                case Point.UNSIGNED:
                    sb.append(Long.toUnsignedString(bits)).append('u');
                    break;
                case Point.BOOLEAN:
                    sb.append(bits != 0 ? "true" : "false");
                    break;
                default:
                    Escaping.appendStringValue(sb, p.fieldStrings[i]);
            }
        }
    }

    private static long convert(Point p, WritePrecision target) {
        if (p.precision == target) {
            return p.time;
        }
        long from = p.precision.nanos();
        long to = target.nanos();
        if (from > to) {
            return p.time * (from / to); // in range: build() checked the time fits in nanoseconds
        }
        long factor = to / from;
        if (p.time % factor != 0) {
            throw new ModelValidationException("point " + PointRules.describe(p.measurement, true, p.time, p.precision),
                    List.of(new Violation("time", "has " + p.precision.v2Name() + " digits that precision "
                            + target.v2Name() + " would cut off; write with a finer precision")));
        }
        return p.time / factor;
    }
}
