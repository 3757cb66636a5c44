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
    METRIC("metric"),
    /** A single key figure ({@code "kpi"}). */
    KPI("kpi"),
    /** A table of rows ({@code "table"}). */
    TABLE("table"),
    /** A gauge against a target ({@code "gauge"}). */
    GAUGE("gauge"),
    /** A type this SDK version does not know; never sent. */
    UNKNOWN("unknown");

    private final String value;

    WidgetType(String value) {
        this.value = value;
    }

    /**
     * Returns the type a wire value names, ignoring case.
     *
     * @param value the wire value, such as {@code "metric"}
     * @return the type, {@link #UNKNOWN} for an unknown value, {@code null} for {@code null}
     */
    @JsonCreator
    public static WidgetType fromValue(String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (WidgetType type : values()) {
            if (type != UNKNOWN && type.value.equals(wanted)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    /**
     * Returns the wire value.
     *
     * @return the value, such as {@code "metric"}
     */
    @JsonValue
    public String value() {
        return value;
    }
}
