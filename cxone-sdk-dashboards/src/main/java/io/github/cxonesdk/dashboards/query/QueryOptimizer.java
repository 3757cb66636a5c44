package io.github.cxonesdk.dashboards.query;

import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardLimits;
import io.github.cxonesdk.dashboards.Widget;
import io.github.cxonesdk.dashboards.WidgetQuery;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.dashboards.internal.OptimizerRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Moves work from the client to the service and brings a query within the service's limits, and
 * says what it changed and why.
 *
 * <p>In order, it:
 * <ol>
 *   <li>pushes client-side predicates into server filters: {@code EQUALS}/{@code IN} on any attribute
 *       become an {@code in} filter, {@code BETWEEN}/{@code AFTER}/{@code BEFORE} on the time attribute
 *       ({@code "timestamp"} by default) become a {@code between} filter; others stay residual;</li>
 *   <li>merges filters: exact duplicates are removed, {@code in} filters on one attribute become their
 *       intersection and {@code between} filters on one attribute their overlap (filters are ANDed, so
 *       the rows selected do not change);</li>
 *   <li>narrows the date range to the window a time {@code between} filter selects;</li>
 *   <li>replaces raw extractions with server aggregations ({@code COUNT}, {@code SUM}, {@code AVG},
 *       {@code MIN}, {@code MAX}) and their grouping dimensions, and removes duplicate metrics;</li>
 *   <li>keeps {@code groupBy} within {@value DashboardLimits#MAX_GROUP_BY}: removes repeats, then, only
 *       when still over the limit, dimensions pinned to one value by an {@code in} filter, then the last ones.</li>
 * </ol>
 *
 * <pre>{@code
 * OptimizedQuery result = QueryOptimizer.create().optimize(new QueryDraft(query,
 *         List.of(ClientPredicate.in("skill", List.of("sales", "support"))),
 *         List.of(RawExtraction.of("handle_time", RawExtraction.Computation.AVG, "conversation"))));
 * result.changes().forEach(change -> log.info("{}", change));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QueryOptimizer {
    /** The default name of the time attribute. */
    public static final String DEFAULT_TIME_ATTRIBUTE = "timestamp";

    private final String timeAttribute;

    private QueryOptimizer(String timeAttribute) {
        this.timeAttribute = Checks.notBlank(timeAttribute, "timeAttribute");
    }

    /**
     * Returns an optimizer whose time attribute is {@value #DEFAULT_TIME_ATTRIBUTE}.
     *
     * @return the optimizer
     */
    public static QueryOptimizer create() {
        return new QueryOptimizer(DEFAULT_TIME_ATTRIBUTE);
    }

    /**
     * Returns an optimizer with another time attribute.
     *
     * @param timeAttribute the attribute time predicates and {@code between} filters test
     * @return the optimizer
     * @throws NullPointerException if {@code timeAttribute} is {@code null}
     * @throws IllegalArgumentException if {@code timeAttribute} is blank
     */
    public static QueryOptimizer create(String timeAttribute) {
        return new QueryOptimizer(timeAttribute);
    }

    /**
     * Optimises a draft.
     *
     * @param draft the query and the client-side work
     * @return the optimised query, the changes and what is left for the client
     * @throws NullPointerException if {@code draft} is {@code null}
     */
    public OptimizedQuery optimize(QueryDraft draft) {
        Objects.requireNonNull(draft, "draft == null");
        return new OptimizerRun(timeAttribute, draft).run();
    }

    /**
     * Optimises a query that has no client-side work (merges filters, narrows the date range,
     * removes duplicate metrics, keeps {@code groupBy} within the limit).
     *
     * @param query the query
     * @return the optimised query and the changes
     * @throws NullPointerException if {@code query} is {@code null}
     */
    public OptimizedQuery optimize(WidgetQuery query) {
        return optimize(QueryDraft.of(query));
    }

    /**
     * Optimises every widget query of a dashboard.
     *
     * @param dashboard the dashboard
     * @param changes receives every change, paths prefixed with {@code widgets[i].query.}
     * @return the dashboard with optimised queries
     * @throws NullPointerException if an argument is {@code null}
     */
    public Dashboard optimize(Dashboard dashboard, List<QueryChange> changes) {
        Objects.requireNonNull(dashboard, "dashboard == null");
        Objects.requireNonNull(changes, "changes == null");
        List<Widget> widgets = new ArrayList<>();
        for (int i = 0; i < dashboard.widgets().size(); i++) {
            Widget widget = dashboard.widgets().get(i);
            if (widget.query() == null) {
                widgets.add(widget);
                continue;
            }
            OptimizedQuery result = optimize(widget.query());
            String prefix = "widgets[" + i + "].query.";
            result.changes().forEach(change -> changes.add(change.prefixed(prefix)));
            widgets.add(result.changes().isEmpty() ? widget : widget.toBuilder().query(result.query()).build());
        }
        return dashboard.toBuilder().widgets(widgets).build();
    }
}
