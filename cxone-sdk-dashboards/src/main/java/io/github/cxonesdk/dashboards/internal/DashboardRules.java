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
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dashboard rules that jakarta.validation annotations cannot express: date-range limits that
 * need a clock, known enum values, filter operand shapes, grid fit and overlaps. Stateless and thread-safe.
 */
public final class DashboardRules {
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
            out.add(new Violation(path, "end must be after start"));
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

    private static String describe(java.time.Duration span) {
        long hours = span.toHours();
        return hours % 24 == 0 ? (hours / 24) + " days" : span.toString();
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
            if (layout != null && layout.columns() > 0 && p.x() + p.w() > layout.columns()) {
                out.add(new Violation("widgets[" + i + "].layout", "does not fit the grid: x + w = "
                        + (p.x() + p.w()) + " exceeds " + layout.columns() + " columns"));
            }
            for (int j = 0; j < i; j++) {
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
