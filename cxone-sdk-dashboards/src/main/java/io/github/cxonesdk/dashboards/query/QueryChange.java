package io.github.cxonesdk.dashboards.query;

import java.util.Objects;

/**
 * One change {@link QueryOptimizer} made, and why.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what kind of change
 * @param path where in the query, such as {@code filters[0]} or {@code groupBy}; prefixed with
 *        {@code widgets[i].query.} when a whole dashboard is optimised
 * @param reason why, in plain words
 */
public record QueryChange(Kind kind, String path, String reason) {

    /** The kinds of change. */
    public enum Kind {
        /** A client-side predicate became a server filter. */
        PREDICATE_PUSHED,
        /** Filters on one attribute were combined into one. */
        FILTERS_MERGED,
        /** An exact duplicate filter was removed. */
        DUPLICATE_FILTER_REMOVED,
        /** The date range was narrowed to the time window a filter selects. */
        DATE_RANGE_NARROWED,
        /** A raw extraction became a server aggregation. */
        RAW_EXTRACTION_AGGREGATED,
        /** An exact duplicate metric was removed. */
        DUPLICATE_METRIC_REMOVED,
        /** A repeated group-by dimension was removed. */
        GROUP_BY_DEDUPLICATED,
        /** A group-by dimension fixed to one value by a filter was removed to meet the limit. */
        GROUP_BY_PINNED_DROPPED,
        /** Group-by dimensions past the server limit were removed. */
        GROUP_BY_TRIMMED
    }

    /**
     * Checks the fields.
     *
     * @param kind what kind of change
     * @param path where in the query, such as {@code filters[0]} or {@code groupBy}; prefixed with
     *     {@code widgets[i].query.} when a whole dashboard is optimised
     * @param reason why, in plain words
     * @throws NullPointerException if a field is {@code null}
     */
    public QueryChange {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(reason, "reason == null");
    }

    /**
     * Returns this change with {@code prefix} put before its path.
     *
     * @param prefix the prefix, such as {@code "widgets[0].query."}
     * @return the change
     */
    public QueryChange prefixed(String prefix) {
        return new QueryChange(kind, prefix + path, reason);
    }

    @Override
    public String toString() {
        return kind + " at " + path + ": " + reason;
    }
}
