package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.ModelValidationException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One InfluxDB point: a measurement, tags, typed fields and an optional timestamp.
 *
 * <pre>{@code
 * Point p = Point.builder("cxone_metrics")
 *         .tag("campaign_id", "c-42")
 *         .field("count", 17L)
 *         .field("p50_handle", 182.5)
 *         .time(Instant.parse("2026-11-29T10:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} refuses, listing every reason, what InfluxDB could not store or read back equal:
 * an empty measurement, tag key, tag value or field key; a line break in any of them; a measurement starting
 * with {@code #} (a comment line); a name ending in a backslash; NaN or infinite doubles; the reserved key
 * {@code time}; unpaired surrogates; no field at all; a timestamp outside InfluxDB's range; a series key over
 * 65,535 bytes. Nothing is ever dropped silently. Tags and fields are kept sorted by key (natural
 * {@code String} order); setting a key twice keeps the last value.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Point {
    /** InfluxDB's earliest timestamp in nanoseconds ({@code models.MinNanoTime}). */
    public static final long MIN_NANOS = Long.MIN_VALUE + 2;
    /** InfluxDB's latest timestamp in nanoseconds ({@code models.MaxNanoTime}). */
    public static final long MAX_NANOS = Long.MAX_VALUE - 1;

    static final byte DOUBLE = 0;
    static final byte LONG = 1;
    static final byte UNSIGNED = 2;
    static final byte BOOLEAN = 3;
    static final byte STRING = 4;

    final String measurement;
    final String[] tagKeys;
    final String[] tagValues;
    final String[] fieldKeys;
    final byte[] fieldTypes;
    final long[] fieldBits;
    final String[] fieldStrings;
    final boolean hasTime;
    final long time;
    final WritePrecision precision;

    private Point(Builder b) {
        measurement = b.measurement;
        tagKeys = b.tags.keySet().toArray(new String[0]);
        tagValues = b.tags.values().toArray(new String[0]);
        int n = b.fields.size();
        fieldKeys = new String[n];
        fieldTypes = new byte[n];
        fieldBits = new long[n];
        fieldStrings = new String[n];
        int i = 0;
        for (Map.Entry<String, Object[]> f : b.fields.entrySet()) {
            fieldKeys[i] = f.getKey();
            Object[] typed = f.getValue();
            fieldTypes[i] = (Byte) typed[0];
            if (typed[1] instanceof String s) {
                fieldStrings[i] = s;
            } else {
                fieldBits[i] = (Long) typed[1];
            }
            i++;
        }
        hasTime = b.hasTime;
        time = b.time;
        precision = b.precision;
    }

    /**
     * Starts a point.
     *
     * @param measurement the measurement name
     * @return a builder
     * @throws NullPointerException if {@code measurement} is null
     */
    public static Builder builder(String measurement) {
        return new Builder(measurement);
    }

    /**
     * Returns a builder holding this point's content, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(measurement);
        for (int i = 0; i < tagKeys.length; i++) {
            b.tag(tagKeys[i], tagValues[i]);
        }
        for (int i = 0; i < fieldKeys.length; i++) {
            b.fields.put(fieldKeys[i], new Object[] {fieldTypes[i],
                fieldTypes[i] == STRING ? fieldStrings[i] : (Object) fieldBits[i]});
        }
        b.hasTime = hasTime;
        b.time = time;
        b.precision = precision;
        return b;
    }

    /**
     * Returns the measurement name.
     *
     * @return the measurement
     */
    public String measurement() {
        return measurement;
    }

    /**
     * Returns the tags, sorted by key.
     *
     * @return an unmodifiable copy
     */
    public Map<String, String> tags() {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < tagKeys.length; i++) {
            out.put(tagKeys[i], tagValues[i]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the fields, sorted by key, as {@code Double}, {@code Long} (integer and unsigned; read an
     * unsigned value with {@link Long#toUnsignedString(long)}), {@code Boolean} or {@code String}.
     *
     * @return an unmodifiable copy
     */
    public Map<String, Object> fields() {
        Map<String, Object> out = new TreeMap<>();
        for (int i = 0; i < fieldKeys.length; i++) {
            out.put(fieldKeys[i], fieldValue(i));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private Object fieldValue(int i) {
        switch (fieldTypes[i]) {
            case DOUBLE:
                return Double.longBitsToDouble(fieldBits[i]);
            case BOOLEAN:
                return fieldBits[i] != 0;
            case STRING:
                return fieldStrings[i];
            default:
                return fieldBits[i];
        }
    }

    /**
     * Returns the timestamp in {@link #precision()} units.
     *
     * @return the timestamp, or empty when the server's time of arrival is to be used
     */
    public java.util.OptionalLong time() {
        return hasTime ? java.util.OptionalLong.of(time) : java.util.OptionalLong.empty();
    }

    /**
     * Returns the unit of {@link #time()}.
     *
     * @return the precision
     */
    public WritePrecision precision() {
        return precision;
    }

    /**
     * Returns this point in line protocol at its own precision.
     *
     * @return one line, without a line terminator
     */
    public String toLineProtocol() {
        return LineProtocol.encode(this, precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Point p && measurement.equals(p.measurement) && Arrays.equals(tagKeys, p.tagKeys)
                && Arrays.equals(tagValues, p.tagValues) && Arrays.equals(fieldKeys, p.fieldKeys)
                && Arrays.equals(fieldTypes, p.fieldTypes) && Arrays.equals(fieldBits, p.fieldBits)
                && Arrays.equals(fieldStrings, p.fieldStrings) && hasTime == p.hasTime && time == p.time
                && precision == p.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(measurement, Arrays.hashCode(tagValues), Arrays.hashCode(fieldBits), time);
    }

    /**
     * Returns a short description (measurement, tag and field counts, time), capped; never field values.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Point[" + PointRules.describe(measurement, hasTime, time, precision) + ", tags=" + tagKeys.length
                + ", fields=" + fieldKeys.length + "]";
    }

    /**
     * Builds a {@link Point}. Each method checks its argument for null at once; {@link #build()} checks the
     * rest and lists every violation.
     *
     * <p>Not thread-safe: one builder per thread.
     */
    public static final class Builder {
        private String measurement;
        private final TreeMap<String, String> tags = new TreeMap<>();
        private final TreeMap<String, Object[]> fields = new TreeMap<>();
        private boolean hasTime;
        private long time;
        private WritePrecision precision = WritePrecision.NS;

        private Builder(String measurement) {
            measurement(measurement);
        }

        /**
         * Sets the measurement name.
         *
         * @param measurement the name
         * @return this builder
         */
        public Builder measurement(String measurement) {
            this.measurement = Objects.requireNonNull(measurement, "measurement == null");
            return this;
        }

        /**
         * Sets a tag; a second call with the same key replaces the value.
         *
         * @param key the tag key
         * @param value the tag value; empty values are refused by {@link #build()}: omit the tag instead
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.put(Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /**
         * Sets a float field.
         *
         * @param key the field key
         * @param value the value; NaN and infinities are refused by {@link #build()}
         * @return this builder
         */
        public Builder field(String key, double value) {
            return put(key, DOUBLE, Double.doubleToRawLongBits(value));
        }

        /**
         * Sets a signed 64-bit integer field (written with the {@code i} suffix).
         *
         * @param key the field key
         * @param value the value
         * @return this builder
         */
        public Builder field(String key, long value) {
            return put(key, LONG, value);
        }

        /**
         * Sets an unsigned 64-bit integer field (written with the {@code u} suffix), {@code value} read as
         * unsigned. InfluxDB 1.x refuses unsigned fields (influxd 1.6 answers HTTP 400 "invalid number").
         *
         * @param key the field key
         * @param value the value, read as unsigned
         * @return this builder
         */
        public Builder unsignedField(String key, long value) {
            return put(key, UNSIGNED, value);
        }

        /**
         * Sets a boolean field.
         *
         * @param key the field key
         * @param value the value
         * @return this builder
         */
        public Builder field(String key, boolean value) {
            return put(key, BOOLEAN, value ? 1L : 0L);
        }

        /**
         * Sets a string field.
         *
         * @param key the field key
         * @param value the value
         * @return this builder
         */
        public Builder field(String key, String value) {
            fields.put(Objects.requireNonNull(key, "key == null"),
                    new Object[] {STRING, Objects.requireNonNull(value, "value == null")});
            return this;
        }

        private Builder put(String key, byte type, long bits) {
            fields.put(Objects.requireNonNull(key, "key == null"), new Object[] {type, bits});
            return this;
        }

        /**
         * Sets the timestamp at nanosecond precision.
         *
         * @param instant the time
         * @return this builder
         */
        public Builder time(Instant instant) {
            Objects.requireNonNull(instant, "instant == null");
            long nanos;
            try {
                nanos = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
            } catch (ArithmeticException e) {
                nanos = instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE; // refused by build()
            }
            return time(nanos, WritePrecision.NS);
        }

        /**
         * Sets the timestamp.
         *
         * @param time the time since the epoch in {@code precision} units
         * @param precision the unit
         * @return this builder
         */
        public Builder time(long time, WritePrecision precision) {
            this.precision = Objects.requireNonNull(precision, "precision == null");
            this.time = time;
            this.hasTime = true;
            return this;
        }

        /**
         * Removes the timestamp: the server stamps the point when it arrives.
         *
         * @return this builder
         */
        public Builder noTime() {
            this.hasTime = false;
            this.time = 0;
            return this;
        }

        /**
         * Builds the point.
         *
         * @return the point
         * @throws ModelValidationException listing every reason InfluxDB could not store the point as given
         */
        public Point build() {
            Point p = new Point(this);
            PointRules.validate(p);
            return p;
        }
    }
}
