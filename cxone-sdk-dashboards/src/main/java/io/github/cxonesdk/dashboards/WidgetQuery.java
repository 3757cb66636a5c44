package io.github.cxonesdk.dashboards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a widget asks the service for: a time span, the dimensions to group by, the metrics and the
 * filters, serialised as {@code {"dateRange": {...}, "groupBy": [...], "metrics": [...], "filters": [...]}}.
 *
 * <pre>{@code
 * WidgetQuery query = WidgetQuery.builder()
 *         .dateRange(DateRange.of(start, end))
 *         .groupBy("skill", "hour")
 *         .metrics(MetricSpec.of("total_conversations", Aggregation.COUNT, "conversation"))
 *         .filters(QueryFilter.in("skill", List.of("sales", "support")))
 *         .build();
 * }</pre>
 *
 * <p>Lists are copied and never {@code null} ({@code null} reads as empty). Instances are immutable
 * and thread-safe.
 *
 * @param dateRange the time span
 * @param groupBy the dimensions to group by, at most {@link DashboardLimits#MAX_GROUP_BY}
 * @param metrics the metrics, at least one
 * @param filters the server-side filters
 */
public record WidgetQuery(
        @NotNull @Valid DateRange dateRange,
        @Size(max = DashboardLimits.MAX_GROUP_BY, message = "must have at most "
                + DashboardLimits.MAX_GROUP_BY + " dimensions (server limit)") List<String> groupBy,
        @NotEmpty(message = "must have at least one metric (server limit)") List<@Valid MetricSpec> metrics,
        List<@Valid QueryFilter> filters) {

    /**
     * Copies the lists.
     *
     * @param dateRange the time span
     * @param groupBy the dimensions to group by, at most {@link DashboardLimits#MAX_GROUP_BY}
     * @param metrics the metrics, at least one
     * @param filters the server-side filters
     * @throws NullPointerException if a list holds {@code null}
     */
    public WidgetQuery {
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this query's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().dateRange(dateRange).groupBy(groupBy).metrics(metrics).filters(filters);
    }

    /** Builds a {@link WidgetQuery}. Not thread-safe. */
    public static final class Builder {
        private DateRange dateRange;
        private List<String> groupBy = new ArrayList<>();
        private List<MetricSpec> metrics = new ArrayList<>();
        private List<QueryFilter> filters = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the time span.
         *
         * @param dateRange the span
         * @return this builder
         */
        public Builder dateRange(DateRange dateRange) {
            this.dateRange = dateRange;
            return this;
        }

        /**
         * Replaces the group-by dimensions.
         *
         * @param groupBy the dimensions
         * @return this builder
         * @throws NullPointerException if the list is {@code null}
         */
        public Builder groupBy(List<String> groupBy) {
            this.groupBy = new ArrayList<>(Objects.requireNonNull(groupBy, "groupBy == null"));
            return this;
        }

        /**
         * Replaces the group-by dimensions.
         *
         * @param groupBy the dimensions
         * @return this builder
         */
        public Builder groupBy(String... groupBy) {
            return groupBy(Arrays.asList(groupBy));
        }

        /**
         * Replaces the metrics.
         *
         * @param metrics the metrics
         * @return this builder
         * @throws NullPointerException if the list is {@code null}
         */
        public Builder metrics(List<MetricSpec> metrics) {
            this.metrics = new ArrayList<>(Objects.requireNonNull(metrics, "metrics == null"));
            return this;
        }

        /**
         * Replaces the metrics.
         *
         * @param metrics the metrics
         * @return this builder
         */
        public Builder metrics(MetricSpec... metrics) {
            return metrics(Arrays.asList(metrics));
        }

        /**
         * Replaces the filters.
         *
         * @param filters the filters
         * @return this builder
         * @throws NullPointerException if the list is {@code null}
         */
        public Builder filters(List<QueryFilter> filters) {
            this.filters = new ArrayList<>(Objects.requireNonNull(filters, "filters == null"));
            return this;
        }

        /**
         * Replaces the filters.
         *
         * @param filters the filters
         * @return this builder
         */
        public Builder filters(QueryFilter... filters) {
            return filters(Arrays.asList(filters));
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws NullPointerException if a list holds {@code null}
         */
        public WidgetQuery build() {
            return new WidgetQuery(dateRange, groupBy, metrics, filters);
        }
    }
}
