package io.github.cxonesdk.dashboards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kind of a dashboard widget. A value the service sends that this SDK version does not know
 * reads as {@link #UNKNOWN} instead of failing; {@link DashboardValidator} rejects {@code UNKNOWN}
 * before a write, because the original value cannot be sent back.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WidgetType {
    /** A metric over time or per dimension ({@code "metric"}). */
    METRIC,
    /** A single key figure ({@code "kpi"}). */
    KPI,
    /** A table of rows ({@code "table"}). */
    TABLE,
    /** A gauge against a target ({@code "gauge"}). */
    GAUGE,
    /** A type this SDK version does not know; never sent. */
    UNKNOWN;

    /**
     * Returns the wire value, the lower-case constant name ({@code "unknown"} for {@link #UNKNOWN}).
     *
     * @return the JSON value, such as {@code "metric"}
     */
    @JsonValue
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the constant for a wire value; case-sensitive, lenient about values it does not know.
     *
     * @param value the JSON value, such as {@code "metric"}
     * @return the constant, {@link #UNKNOWN} when {@code value} is {@code null} or not a known value
     */
    @JsonCreator
    public static WidgetType fromWireValue(String value) {
        if (value != null) {
            for (WidgetType candidate : values()) {
                if (candidate != UNKNOWN && candidate.wireValue().equals(value)) {
                    return candidate;
                }
            }
        }
        return UNKNOWN;
    }
}
