package io.github.cxonesdk.dashboards;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * Where a widget sits on the dashboard grid, in grid cells; serialised as the widget's
 * {@code "layout": {"x": 0, "y": 0, "w": 2, "h": 2}}. Cell {@code (x, y)} is the top-left corner;
 * the widget covers columns {@code x .. x+w-1} and rows {@code y .. y+h-1}.
 *
 * <p>The constructor accepts any numbers so that a dashboard can be read and reported on as a whole;
 * {@link DashboardValidator} checks ranges, grid fit and overlaps. Instances are immutable and thread-safe.
 *
 * <p>Bounds: {@code 0 <= x}, {@code 1 <= w}, {@code x + w <=} the grid's columns (at most
 * {@link DashboardLimits#MAX_COLUMNS}); {@code 0 <= y}, {@code 1 <= h}, {@code y + h <=}
 * {@link DashboardLimits#MAX_ROWS}.
 *
 * @param x the left column, {@code >= 0}
 * @param y the top row, {@code >= 0}
 * @param w the width in columns, {@code >= 1}
 * @param h the height in rows, {@code >= 1}
 */
public record Position(
        @PositiveOrZero @Max(DashboardLimits.MAX_COLUMNS - 1) int x,
        @PositiveOrZero @Max(DashboardLimits.MAX_ROWS - 1) int y,
        @Positive @Max(DashboardLimits.MAX_COLUMNS) int w,
        @Positive @Max(DashboardLimits.MAX_ROWS) int h) {

    /**
     * Returns a position.
     *
     * @param x the left column
     * @param y the top row
     * @param w the width in columns
     * @param h the height in rows
     * @return the position
     */
    public static Position of(int x, int y, int w, int h) {
        return new Position(x, y, w, h);
    }

    /**
     * Tells whether this position and {@code other} share at least one grid cell.
     *
     * @param other the other position
     * Computed without overflow for any {@code int} values; an empty or negative extent overlaps nothing.
     *
     * @return {@code true} when the rectangles overlap
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public boolean overlaps(Position other) {
        Objects.requireNonNull(other, "other == null");
        if (w <= 0 || h <= 0 || other.w <= 0 || other.h <= 0) {
            return false;
        }
        return x < (long) other.x + other.w && other.x < (long) x + w
                && y < (long) other.y + other.h && other.y < (long) y + h;
    }

    /**
     * Returns the first column after the widget, {@code x + w}, without overflow.
     *
     * @return {@code x + w} as a {@code long}
     */
    public long right() {
        return (long) x + w;
    }

    /**
     * Returns the first row below the widget, {@code y + h}, without overflow.
     *
     * @return {@code y + h} as a {@code long}
     */
    public long bottom() {
        return (long) y + h;
    }
}
