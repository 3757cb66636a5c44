package io.github.cxonesdk.dashboards.query;

import io.github.cxonesdk.dashboards.WidgetQuery;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link QueryOptimizer}: the query to send, what changed and why, and the client-side
 * work the service cannot take over (apply these to the rows the service returns).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param query the optimised query
 * @param changes every change made, in order
 * @param residualPredicates predicates the caller must still apply itself
 * @param residualExtractions extractions the caller must still compute itself
 */
public record OptimizedQuery(WidgetQuery query, List<QueryChange> changes,
                             List<ClientPredicate> residualPredicates, List<RawExtraction> residualExtractions) {

    /**
     * Checks and copies the fields.
     *
     * @param query the optimised query
     * @param changes every change made, in order
     * @param residualPredicates predicates the caller must still apply itself
     * @param residualExtractions extractions the caller must still compute itself
     * @throws NullPointerException if {@code query} or a list is {@code null}
     */
    public OptimizedQuery {
        Objects.requireNonNull(query, "query == null");
        changes = List.copyOf(changes);
        residualPredicates = List.copyOf(residualPredicates);
        residualExtractions = List.copyOf(residualExtractions);
    }

    /**
     * Tells whether the service can do all the work: nothing is left for the client.
     *
     * @return {@code true} when there are no residual predicates or extractions
     */
    public boolean fullyPushedDown() {
        return residualPredicates.isEmpty() && residualExtractions.isEmpty();
    }
}
