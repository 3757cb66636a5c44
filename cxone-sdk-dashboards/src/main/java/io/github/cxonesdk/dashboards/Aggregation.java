package io.github.cxonesdk.dashboards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

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
     * Returns the aggregation a wire value names, ignoring case.
     *
     * @param value the wire value, such as {@code "COUNT"}
     * @return the aggregation, {@link #UNKNOWN} for an unknown value, {@code null} for {@code null}
     */
    @JsonCreator
    public static Aggregation fromValue(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }

    /**
     * Returns the wire value.
     *
     * @return the name, such as {@code "COUNT"}
     */
    @JsonValue
    public String value() {
        return name();
    }
}
