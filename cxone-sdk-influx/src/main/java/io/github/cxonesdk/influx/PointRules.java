package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.influx.internal.Scrub;
import io.github.cxonesdk.influx.internal.Escaping;
import io.github.cxonesdk.influx.internal.Escaping.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What InfluxDB cannot store or read back equal, checked before anything is sent. Thread-safe (stateless). */
final class PointRules {
    /** InfluxDB's limit on measurement + tags + field key ({@code models.MaxKeyLength}). */
    static final long MAX_KEY_BYTES = 65_535;
    private static final String RESERVED = "time";

    private PointRules() {
    }

    static void validate(Point p) {
        List<Violation> out = new ArrayList<>();
        check(out, "measurement", p.measurement, Element.MEASUREMENT);
        for (int i = 0; i < p.tagKeys.length; i++) {
            String key = p.tagKeys[i];
            String keyProblem = Escaping.problem(key, Element.TAG);
            if (keyProblem != null) {
                out.add(new Violation(path("tags", key) + ".key", keyProblem));
            }
            String valueProblem = Escaping.problem(p.tagValues[i], Element.TAG);
            if (valueProblem != null) {
                out.add(new Violation(path("tags", key), "tag value " + (p.tagValues[i].isEmpty()
                        ? "must not be empty: InfluxDB cannot store an empty tag value (omit the tag)" : valueProblem)));
            }
            if (RESERVED.equals(key)) {
                out.add(new Violation(path("tags", key), "tag key 'time' is reserved: InfluxDB drops the point"));
            }
        }
        checkFields(out, p);
        checkTime(out, p);
        if (out.isEmpty()) {
            checkKeyLength(out, p);
        }
        if (!out.isEmpty()) {
            throw new ModelValidationException(
                    "point " + describe(p.measurement, p.hasTime, p.time, p.precision), out);
        }
    }

    private static void checkFields(List<Violation> out, Point p) {
        if (p.fieldKeys.length == 0) {
            out.add(new Violation("fields", "a point needs at least one field: InfluxDB refuses a line without one"));
        }
        for (int i = 0; i < p.fieldKeys.length; i++) {
            String key = p.fieldKeys[i];
            String keyProblem = Escaping.problem(key, Element.FIELD_KEY);
            if (keyProblem != null) {
                out.add(new Violation(path("fields", key) + ".key", keyProblem));
            }
            if (RESERVED.equals(key)) {
                out.add(new Violation(path("fields", key),
                        "field key 'time' is reserved: InfluxDB silently drops the field"));
            }
            if (p.fieldTypes[i] == Point.DOUBLE) {
                double d = Double.longBitsToDouble(p.fieldBits[i]);
                if (!Double.isFinite(d)) {
                    out.add(new Violation(path("fields", key), "is " + d + ": line protocol has no NaN or infinity"));
                }
            } else if (p.fieldTypes[i] == Point.STRING) {
                String problem = Escaping.stringValueProblem(p.fieldStrings[i]);
                if (problem != null) {
                    out.add(new Violation(path("fields", key), "string value " + problem));
                }
            }
        }
    }

    /** Built only for a violation: scrubbing every key of every valid point would cost more than encoding it. */
    private static String path(String kind, String key) {
        return kind + "[" + Scrub.text(key) + "]";
    }

    private static void check(List<Violation> out, String path, String value, Element element) {
        String problem = Escaping.problem(value, element);
        if (problem != null) {
            out.add(new Violation(path, problem));
        }
    }

    private static void checkTime(List<Violation> out, Point p) {
        if (!p.hasTime) {
            return;
        }
        long unit = p.precision.nanos();
        if (p.time > Point.MAX_NANOS / unit || p.time < Point.MIN_NANOS / unit) {
            out.add(new Violation("time", p.time + " " + p.precision.v2Name()
                    + " is outside InfluxDB's range (" + Point.MIN_NANOS + " to " + Point.MAX_NANOS + " ns)"));
        }
    }

    /** Series key as InfluxDB counts it: escaped measurement and tags, {@code #!~#}, escaped field key. */
    private static void checkKeyLength(List<Violation> out, Point p) {
        StringBuilder key = new StringBuilder();
        LineProtocol.appendKey(key, p);
        long keyBytes = Escaping.utf8Length(key);
        for (String fieldKey : p.fieldKeys) {
            StringBuilder fk = new StringBuilder();
            Escaping.appendName(fk, fieldKey, Element.FIELD_KEY);
            long total = keyBytes + 4 + Escaping.utf8Length(fk);
            if (total > MAX_KEY_BYTES) {
                out.add(new Violation(path("fields", fieldKey), "series key is " + total
                        + " bytes: InfluxDB refuses keys over " + MAX_KEY_BYTES));
                return;
            }
        }
    }

    static String describe(String measurement, boolean hasTime, long time, WritePrecision precision) {
        String name = "'" + Scrub.text(measurement) + "'";
        if (!hasTime) {
            return name + " (no time)";
        }
        long unit = precision.nanos();
        if (time > Long.MAX_VALUE / unit || time < Long.MIN_VALUE / unit) {
            return name + " at " + time + " " + precision.v2Name();
        }
        long nanos = time * unit;
        return name + " at " + Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                Math.floorMod(nanos, 1_000_000_000L));
    }
}
