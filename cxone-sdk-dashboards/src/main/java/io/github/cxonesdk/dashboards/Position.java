package io.github.cxonesdk.dashboards;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Where a widget sits on the dashboard grid, in grid cells; serialised as the widget's
 * {@code "layout": {"x": 0, "y": 0, "w": 2, "h": 2}}. Cell {@code (x, y)} is the top-left corner;
 * the widget covers columns {@code x .. x+w-1} and rows {@code y .. y+h-1}.
 *
 * <p>The constructor accepts any numbers so that a dashboard can be read and reported on as a whole;
 * {@link DashboardValidator} checks ranges, grid fit and overlaps. Instances are immutable and thread-safe.
 *
 * @param x the left column, {@code >= 0}
 * @param y the top row, {@code >= 0}
 * @param w the width in columns, {@code >= 1}
 * @param h the height in rows, {@code >= 1}
 */
public record Position(@PositiveOrZero int x, @PositiveOrZero int y, @Positive int w, @Positive int h) {

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
     * @return {@code true} when the rectangles overlap
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public boolean overlaps(Position other) {
        java.util.Objects.requireNonNull(other, "other == null");
        return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }
}
