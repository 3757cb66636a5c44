package io.github.cxonesdk.dashboards;

import java.time.Duration;

/**
 * The server-side limits of API.md that {@link DashboardValidator} checks before any request (the
 * service answers {@code 400 query_complexity_exceeded} when one is broken), plus the SDK's own bounds
 * on the grid ({@link #MAX_COLUMNS}, {@link #MAX_ROWS}).
 *
 * <p>This class only holds constants and is thread-safe.
 */
public final class DashboardLimits {
    /** At most this many widgets per dashboard. */
    public static final int MAX_WIDGETS = 15;
    /** At most this many {@code groupBy} dimensions per widget query. */
    public static final int MAX_GROUP_BY = 5;
    /** A widget query spans at most this long. */
    public static final Duration MAX_QUERY_SPAN = Duration.ofDays(30);
    /** A widget query ends at most this far after now. */
    public static final Duration MAX_END_IN_FUTURE = Duration.ofHours(1);
    /**
     * At most this many grid columns. Not a documented server limit: the SDK's bound, far above any
     * screen, so that grid arithmetic can never overflow and a hostile document cannot ask for absurd sizes.
     */
    public static final int MAX_COLUMNS = 100;
    /**
     * A widget ends at most at this row ({@code y + h <= MAX_ROWS}). Not a documented server limit: the
     * SDK's bound, for the same reason as {@link #MAX_COLUMNS}.
     */
    public static final int MAX_ROWS = 10_000;

    private DashboardLimits() {
    }
}
