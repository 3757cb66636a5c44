package io.github.cxonesdk.dashboards.internal;

import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.dashboards.Aggregation;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardLimits;
import io.github.cxonesdk.dashboards.DateRange;
import io.github.cxonesdk.dashboards.Layout;
import io.github.cxonesdk.dashboards.MetricSpec;
import io.github.cxonesdk.dashboards.Position;
import io.github.cxonesdk.dashboards.QueryFilter;
import io.github.cxonesdk.dashboards.Widget;
import io.github.cxonesdk.dashboards.WidgetQuery;
import io.github.cxonesdk.dashboards.WidgetType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dashboard rules that jakarta.validation annotations cannot express: date-range limits that
 * need a clock, known enum values, filter operand shapes, grid fit and overlaps. Stateless and thread-safe.
 */
public final class DashboardRules {
    /** Overlaps are checked pairwise only for lists up to this long (far over the widget limit). */
    static final int MAX_OVERLAP_CHECKED = 1_000;

    private DashboardRules() {
    }

    /**
     * Adds every violation of {@code dashboard} that the annotations do not cover.
     *
     * @param dashboard the dashboard
     * @param now the current instant
     * @param out where violations are added
     */
    public static void check(Dashboard dashboard, Instant now, List<Violation> out) {
        List<Widget> widgets = dashboard.widgets();
        for (int i = 0; i < widgets.size(); i++) {
            Widget widget = widgets.get(i);
            String path = "widgets[" + i + "]";
            if (widget.type() == WidgetType.UNKNOWN) {
                out.add(new Violation(path + ".type", "is a widget type this SDK version does not know, so it cannot be sent"));
            }
            if (widget.query() != null) {
                checkQuery(widget.query(), path + ".query.", now, out);
            }
        }
        checkGrid(dashboard.layout(), widgets, out);
    }

    /**
     * Adds every violation of one query that the annotations do not cover.
     *
     * @param query the query
     * @param prefix the path prefix, such as {@code "widgets[0].query."} or empty
     * @param now the current instant
     * @param out where violations are added
     */
    public static void checkQuery(WidgetQuery query, String prefix, Instant now, List<Violation> out) {
        checkDateRange(query.dateRange(), prefix + "dateRange", now, out);
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < query.groupBy().size(); k++) {
            String dimension = query.groupBy().get(k);
            if (dimension.isBlank()) {
                out.add(new Violation(prefix + "groupBy[" + k + "]", "must not be blank"));
            } else if (!seen.add(dimension)) {
                out.add(new Violation(prefix + "groupBy[" + k + "]", "repeats dimension '" + dimension + "'"));
            }
        }
        for (int m = 0; m < query.metrics().size(); m++) {
            MetricSpec metric = query.metrics().get(m);
            if (metric.aggregation() == Aggregation.UNKNOWN) {
                out.add(new Violation(prefix + "metrics[" + m + "].aggregation",
                        "must be one of SUM, AVG, COUNT, MIN, MAX"));
            }
        }
        for (int f = 0; f < query.filters().size(); f++) {
            checkFilter(query.filters().get(f), prefix + "filters[" + f + "].value", out);
        }
    }

    private static void checkDateRange(DateRange range, String path, Instant now, List<Violation> out) {
        if (range == null || range.start() == null || range.end() == null) {
            return; // @NotNull reports these
        }
        if (!range.end().isAfter(range.start())) {
            out.add(new Violation(path, "start must be before end"));
        } else if (range.span().compareTo(DashboardLimits.MAX_QUERY_SPAN) > 0) {
            out.add(new Violation(path, "spans " + describe(range.span()) + "; at most "
                    + DashboardLimits.MAX_QUERY_SPAN.toDays() + " days (server limit)"));
        }
        Instant latestEnd = now.plus(DashboardLimits.MAX_END_IN_FUTURE);
        if (range.end().isAfter(latestEnd)) {
            out.add(new Violation(path + ".end", "is more than " + DashboardLimits.MAX_END_IN_FUTURE.toHours()
                    + " hour in the future (server limit; latest allowed " + latestEnd + ")"));
        }
    }

    /** The exact span, such as {@code "30 days 1 second"} or {@code "2 hours 0.5 seconds"}; never rounded. */
    static String describe(Duration span) {
        StringBuilder out = new StringBuilder();
        unit(out, span.toDaysPart(), "day");
        unit(out, span.toHoursPart(), "hour");
        unit(out, span.toMinutesPart(), "minute");
        int seconds = span.toSecondsPart();
        int nanos = span.toNanosPart();
        if (nanos != 0) {
            String fraction = String.format(java.util.Locale.ROOT, "%09d", nanos).replaceAll("0+$", "");
            out.append(out.isEmpty() ? "" : " ").append(seconds).append('.').append(fraction).append(" seconds");
        } else {
            unit(out, seconds, "second");
        }
        return out.isEmpty() ? "0 seconds" : out.toString();
    }

    private static void unit(StringBuilder out, long amount, String name) {
        if (amount != 0) {
            out.append(out.isEmpty() ? "" : " ").append(amount).append(' ').append(name).append(amount == 1 ? "" : "s");
        }
    }

    private static void checkFilter(QueryFilter filter, String path, List<Violation> out) {
        if (filter.value() == null || filter.condition() == null) {
            return; // @NotNull and @NotBlank report these
        }
        if (QueryFilter.IN.equals(filter.condition())
                && !(filter.value() instanceof List<?> list && !list.isEmpty())) {
            out.add(new Violation(path, "condition 'in' needs a non-empty list of values"));
        }
        if (QueryFilter.BETWEEN.equals(filter.condition())
                && !(filter.value() instanceof List<?> list && list.size() == 2)) {
            out.add(new Violation(path, "condition 'between' needs a list of exactly two values"));
        }
    }

    private static void checkGrid(Layout layout, List<Widget> widgets, List<Violation> out) {
        for (int i = 0; i < widgets.size(); i++) {
            Position p = widgets.get(i).layout();
            if (!wellFormed(p)) {
                continue; // annotations report negative or empty positions
            }
            if (layout != null && layout.columns() > 0 && p.right() > layout.columns()) {
                out.add(new Violation("widgets[" + i + "].layout", "does not fit the grid: x + w = "
                        + p.right() + " exceeds " + layout.columns() + " columns"));
            }
            if (p.bottom() > DashboardLimits.MAX_ROWS) {
                out.add(new Violation("widgets[" + i + "].layout", "ends below the grid: y + h = "
                        + p.bottom() + " exceeds " + DashboardLimits.MAX_ROWS + " rows (SDK bound)"));
            }
            // Pairwise overlaps only up to MAX_OVERLAP_CHECKED widgets: a longer list is already a
            // violation, and a hostile document of 100,000 widgets must not cost 10^10 comparisons.
            for (int j = 0; j < i && widgets.size() <= MAX_OVERLAP_CHECKED; j++) {
                Position earlier = widgets.get(j).layout();
                if (wellFormed(earlier) && p.overlaps(earlier)) {
                    out.add(new Violation("widgets[" + i + "].layout", "overlaps widgets[" + j + "]"));
                }
            }
        }
    }

    private static boolean wellFormed(Position p) {
        return p != null && p.x() >= 0 && p.y() >= 0 && p.w() > 0 && p.h() > 0;
    }
}
