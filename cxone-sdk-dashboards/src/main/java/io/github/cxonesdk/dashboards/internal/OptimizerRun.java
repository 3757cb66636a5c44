package io.github.cxonesdk.dashboards.internal;

import io.github.cxonesdk.dashboards.Aggregation;
import io.github.cxonesdk.dashboards.DashboardLimits;
import io.github.cxonesdk.dashboards.DateRange;
import io.github.cxonesdk.dashboards.MetricSpec;
import io.github.cxonesdk.dashboards.QueryFilter;
import io.github.cxonesdk.dashboards.WidgetQuery;
import io.github.cxonesdk.dashboards.query.ClientPredicate;
import io.github.cxonesdk.dashboards.query.OptimizedQuery;
import io.github.cxonesdk.dashboards.query.QueryChange.Kind;
import io.github.cxonesdk.dashboards.query.QueryChange;
import io.github.cxonesdk.dashboards.query.QueryDraft;
import io.github.cxonesdk.dashboards.query.QueryOptimizer;
import io.github.cxonesdk.dashboards.query.RawExtraction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the query optimizer over one draft; holds the query being rewritten. Not thread-safe:
 * each call of {@code QueryOptimizer.optimize} makes its own run.
 */
public final class OptimizerRun {
    private final String time;
    private final QueryDraft draft;
    private final List<QueryChange> changes = new ArrayList<>();
    private final List<ClientPredicate> residualPredicates = new ArrayList<>();
    private final List<RawExtraction> residualExtractions = new ArrayList<>();
    private DateRange dateRange;
    private List<QueryFilter> filters;
    private List<MetricSpec> metrics;
    private List<String> groupBy;

    /**
     * Prepares a run.
     *
     * @param timeAttribute the time attribute
     * @param draft the draft
     */
    public OptimizerRun(String timeAttribute, QueryDraft draft) {
        this.time = timeAttribute;
        this.draft = draft;
    }

    /**
     * Runs every step once.
     *
     * @return the result
     */
    public OptimizedQuery run() {
        WidgetQuery query = draft.query();
        dateRange = query.dateRange();
        filters = new ArrayList<>(query.filters());
        metrics = new ArrayList<>(query.metrics());
        groupBy = new ArrayList<>(query.groupBy());
        pushPredicates();
        mergeFilters();
        narrowDateRange();
        aggregateExtractions();
        removeDuplicateMetrics();
        limitGroupBy();
        WidgetQuery optimised = query.toBuilder().dateRange(dateRange).filters(filters).metrics(metrics)
                .groupBy(groupBy).build();
        return new OptimizedQuery(optimised, changes, residualPredicates, residualExtractions);
    }

    private void change(Kind kind, String path, String reason) {
        changes.add(new QueryChange(kind, path, reason));
    }

    private void pushPredicates() {
        List<ClientPredicate> predicates = draft.predicates();
        for (int i = 0; i < predicates.size(); i++) {
            ClientPredicate predicate = predicates.get(i);
            QueryFilter pushed = toFilter(predicate);
            if (pushed == null) {
                residualPredicates.add(predicate);
                continue;
            }
            filters.add(pushed);
            change(Kind.PREDICATE_PUSHED, "filters", "predicates[" + i + "] (" + predicate.attribute() + " "
                    + predicate.operator() + " " + predicate.values() + ") is now the server filter "
                    + describe(pushed) + ": the service drops non-matching rows instead of sending them to be filtered");
        }
    }

    private QueryFilter toFilter(ClientPredicate predicate) {
        List<Object> values = predicate.values();
        switch (predicate.operator()) {
            case EQUALS:
            case IN:
                return QueryFilter.in(predicate.attribute(), values);
            case BETWEEN:
            case AFTER:
            case BEFORE:
                if (!time.equals(predicate.attribute())) {
                    return null;
                }
                Instant start = switch (predicate.operator()) {
                    case BEFORE -> dateRange == null ? null : dateRange.start();
                    default -> instant(values.get(0));
                };
                Instant end = switch (predicate.operator()) {
                    case BETWEEN -> instant(values.get(1));
                    case BEFORE -> instant(values.get(0));
                    default -> dateRange == null ? null : dateRange.end();
                };
                return start != null && end != null && start.isBefore(end)
                        ? QueryFilter.between(time, start, end) : null;
            default:
                return null;
        }
    }

    private void mergeFilters() {
        List<QueryFilter> merged = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        for (QueryFilter filter : filters) {
            if (merged.contains(filter)) {
                change(Kind.DUPLICATE_FILTER_REMOVED, "filters", describe(filter) + " appeared twice; once selects the same rows");
                continue;
            }
            String key = filter.condition() + '\u0000' + filter.attribute();
            Integer at = firstByKey.get(key);
            QueryFilter combined = at == null ? null : combine(merged.get(at), filter);
            if (combined != null) {
                change(Kind.FILTERS_MERGED, "filters", describe(merged.get(at)) + " and " + describe(filter)
                        + " are ANDed; " + describe(combined) + " selects the same rows with one filter");
                merged.set(at, combined);
                continue;
            }
            firstByKey.putIfAbsent(key, merged.size());
            merged.add(filter);
        }
        filters = merged;
    }

    private static QueryFilter combine(QueryFilter first, QueryFilter second) {
        if (QueryFilter.IN.equals(first.condition()) && first.value() instanceof List<?> a
                && second.value() instanceof List<?> b) {
            List<Object> both = new ArrayList<>(a);
            both.retainAll(b);
            // disjoint lists select nothing; an empty 'in' is invalid, so keep the two filters as written
            return both.isEmpty() ? null : new QueryFilter(QueryFilter.IN, first.attribute(), both);
        }
        Instant[] x = window(first);
        Instant[] y = window(second);
        if (x != null && y != null) {
            Instant start = x[0].isAfter(y[0]) ? x[0] : y[0];
            Instant end = x[1].isBefore(y[1]) ? x[1] : y[1];
            // windows that do not overlap select nothing; a reversed 'between' would be meaningless
            return start.isAfter(end) ? null : QueryFilter.between(first.attribute(), start, end);
        }
        return null;
    }

    private void narrowDateRange() {
        for (QueryFilter filter : filters) {
            Instant[] window = time.equals(filter.attribute()) ? window(filter) : null;
            if (window == null || !window[0].isBefore(window[1])) {
                continue;
            }
            DateRange before = dateRange;
            if (before == null || before.start() == null || before.end() == null) {
                dateRange = DateRange.of(window[0], window[1]);
            } else {
                Instant start = window[0].isAfter(before.start()) ? window[0] : before.start();
                Instant end = window[1].isBefore(before.end()) ? window[1] : before.end();
                if (!start.isBefore(end) || (start.equals(before.start()) && end.equals(before.end()))) {
                    continue;
                }
                dateRange = DateRange.of(start, end);
            }
            change(Kind.DATE_RANGE_NARROWED, "dateRange", describe(filter) + " selects only " + dateRange.start()
                    + " to " + dateRange.end() + "; the service scans that window instead of "
                    + (before == null ? "an unset range" : before.start() + " to " + before.end()));
        }
    }

    private void aggregateExtractions() {
        List<RawExtraction> extractions = draft.extractions();
        for (int j = 0; j < extractions.size(); j++) {
            RawExtraction extraction = extractions.get(j);
            Optional<Aggregation> aggregation = extraction.computation().serverAggregation();
            if (aggregation.isEmpty()) {
                residualExtractions.add(extraction);
                continue;
            }
            MetricSpec metric = new MetricSpec(extraction.field(), aggregation.get(), extraction.dimension());
            List<String> added = new ArrayList<>();
            for (String dimension : extraction.groupBy()) {
                if (!groupBy.contains(dimension)) {
                    groupBy.add(dimension);
                    added.add(dimension);
                }
            }
            boolean known = metrics.contains(metric);
            if (!known) {
                metrics.add(metric);
            }
            change(Kind.RAW_EXTRACTION_AGGREGATED, "metrics", "extractions[" + j + "] (" + extraction.computation()
                    + " of raw '" + extraction.field() + "' computed client-side) is "
                    + (known ? "already the server metric " : "now the server metric ") + aggregation.get() + "("
                    + extraction.field() + ")" + (added.isEmpty() ? "" : " grouped by " + added)
                    + ": the service returns one value per group instead of every row");
        }
    }

    private void removeDuplicateMetrics() {
        List<MetricSpec> unique = new ArrayList<>(new LinkedHashSet<>(metrics));
        if (unique.size() != metrics.size()) {
            change(Kind.DUPLICATE_METRIC_REMOVED, "metrics", (metrics.size() - unique.size())
                    + " metric(s) appeared more than once; each is computed once");
            metrics = unique;
        }
    }

    private void limitGroupBy() {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(groupBy));
        if (unique.size() != groupBy.size()) {
            change(Kind.GROUP_BY_DEDUPLICATED, "groupBy", "repeated dimensions removed; grouping twice by one"
                    + " dimension gives the same groups");
            groupBy = unique;
        }
        for (int k = groupBy.size() - 1; k >= 0 && groupBy.size() > DashboardLimits.MAX_GROUP_BY; k--) {
            String dimension = groupBy.get(k);
            Optional<QueryFilter> pin = filters.stream().filter(f -> QueryFilter.IN.equals(f.condition())
                    && dimension.equals(f.attribute()) && f.values().size() == 1).findFirst();
            if (pin.isPresent()) {
                groupBy.remove(k);
                change(Kind.GROUP_BY_PINNED_DROPPED, "groupBy", "'" + dimension + "' is fixed to "
                        + pin.get().values().get(0) + " by a filter, so grouping by it yields one group; removed"
                        + " to stay within " + DashboardLimits.MAX_GROUP_BY + " dimensions");
            }
        }
        if (groupBy.size() > DashboardLimits.MAX_GROUP_BY) {
            List<String> dropped = List.copyOf(groupBy.subList(DashboardLimits.MAX_GROUP_BY, groupBy.size()));
            groupBy = new ArrayList<>(groupBy.subList(0, DashboardLimits.MAX_GROUP_BY));
            change(Kind.GROUP_BY_TRIMMED, "groupBy", "the service allows at most " + DashboardLimits.MAX_GROUP_BY
                    + " dimensions; dropped " + dropped + " (the last ones); query them in another widget if needed");
        }
    }

    private static Instant[] window(QueryFilter filter) {
        if (!QueryFilter.BETWEEN.equals(filter.condition()) || filter.values().size() != 2) {
            return null;
        }
        Instant start = instant(filter.values().get(0));
        Instant end = instant(filter.values().get(1));
        return start == null || end == null ? null : new Instant[] {start, end};
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }
        return null;
    }

    private static String describe(QueryFilter filter) {
        return "'" + filter.attribute() + " " + filter.condition() + " " + filter.value() + "'";
    }
}
