package io.github.cxonesdk.dashboards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * The dashboard grid, serialised as {@code {"type": "grid", "columns": 4}}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param type the layout type; {@code "grid"} is the one the service documents
 * @param columns the number of grid columns, {@code 1..}{@link DashboardLimits#MAX_COLUMNS}; every widget must fit inside them
 */
public record Layout(@NotBlank String type, @Positive @Max(DashboardLimits.MAX_COLUMNS) int columns) {
    /** The grid layout type. */
    public static final String GRID = "grid";

    /**
     * Returns a grid layout.
     *
     * @param columns the number of columns
     * @return the layout
     */
    public static Layout grid(int columns) {
        return new Layout(GRID, columns);
    }
}
