package io.github.cxonesdk.influx;

/**
 * The unit of a point's timestamp in line protocol, and the {@code precision} parameter of a write.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WritePrecision {
    /** Nanoseconds, InfluxDB's native unit. */
    NS(1L, "ns", "ns"),
    /** Microseconds. */
    US(1_000L, "u", "us"),
    /** Milliseconds. */
    MS(1_000_000L, "ms", "ms"),
    /** Seconds. */
    S(1_000_000_000L, "s", "s");

    private final long nanos;
    private final String v1Name;
    private final String v2Name;

    WritePrecision(long nanos, String v1Name, String v2Name) {
        this.nanos = nanos;
        this.v1Name = v1Name;
        this.v2Name = v2Name;
    }

    /**
     * Returns how many nanoseconds one unit is.
     *
     * @return the length of one unit in nanoseconds
     */
    public long nanos() {
        return nanos;
    }

    /**
     * Returns the value of the v1 API's {@code precision} parameter ({@code ns}, {@code u}, {@code ms},
     * {@code s}). InfluxDB 1.x does not know {@code us} and would read such timestamps as nanoseconds.
     *
     * @return the parameter value
     */
    public String v1Name() {
        return v1Name;
    }

    /**
     * Returns the value of the v2 API's {@code precision} parameter ({@code ns}, {@code us}, {@code ms},
     * {@code s}).
     *
     * @return the parameter value
     */
    public String v2Name() {
        return v2Name;
    }
}
