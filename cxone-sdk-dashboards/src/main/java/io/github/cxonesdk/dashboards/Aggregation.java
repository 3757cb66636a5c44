package io.github.cxonesdk.dashboards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the service aggregates a metric: {@code SUM}, {@code AVG}, {@code COUNT}, {@code MIN} or
 * {@code MAX}. A value the service sends that this SDK version does not know reads as
 * {@link #UNKNOWN} instead of failing; {@link DashboardValidator} rejects {@code UNKNOWN} before a write.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Aggregation {
    /** Sum of the values. */
    SUM,
    /** Arithmetic mean of the values. */
    AVG,
    /** Number of values. */
    COUNT,
    /** Smallest value. */
    MIN,
    /** Largest value. */
    MAX,
    /** A value this SDK version does not know; never sent. */
    UNKNOWN;

    /**
     * Returns the wire value, the constant name ({@code "UNKNOWN"} for {@link #UNKNOWN}).
     *
     * @return the JSON value, such as {@code "COUNT"}
     */
    @JsonValue
    public String wireValue() {
        return name();
    }

    /**
     * Returns the constant for a wire value; case-sensitive, lenient about values it does not know.
     *
     * @param value the JSON value, such as {@code "COUNT"}
     * @return the constant, {@link #UNKNOWN} when {@code value} is {@code null} or not a known value
     */
    @JsonCreator
    public static Aggregation fromWireValue(String value) {
        if (value != null) {
            for (Aggregation candidate : values()) {
                if (candidate != UNKNOWN && candidate.wireValue().equals(value)) {
                    return candidate;
                }
            }
        }
        return UNKNOWN;
    }
}
