package io.github.cxonesdk.dashboards.query;

import io.github.cxonesdk.dashboards.WidgetQuery;
import java.util.List;
import java.util.Objects;

/**
 * The input of {@link QueryOptimizer}: a widget query as written, plus the work the caller would
 * otherwise do in memory: predicates applied to downloaded rows and raw extractions aggregated locally.
 *
 * <pre>{@code
 * QueryDraft draft = new QueryDraft(query,
 *         List.of(ClientPredicate.in("skill", List.of("sales", "support"))),
 *         List.of(RawExtraction.of("handle_time", RawExtraction.Computation.AVG, "conversation")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param query the query as written; its metrics may be empty when extractions supply them
 * @param predicates the client-side predicates
 * @param extractions the raw extractions
 */
public record QueryDraft(WidgetQuery query, List<ClientPredicate> predicates, List<RawExtraction> extractions) {

    /**
     * Checks and copies the fields.
     *
     * @param query the query as written; its metrics may be empty when extractions supply them
     * @param predicates the client-side predicates
     * @param extractions the raw extractions
     * @throws NullPointerException if {@code query} or a list element is {@code null}
     */
    public QueryDraft {
        Objects.requireNonNull(query, "query == null");
        predicates = predicates == null ? List.of() : List.copyOf(predicates);
        extractions = extractions == null ? List.of() : List.copyOf(extractions);
    }

    /**
     * Returns a draft with no client-side work.
     *
     * @param query the query
     * @return the draft
     */
    public static QueryDraft of(WidgetQuery query) {
        return new QueryDraft(query, List.of(), List.of());
    }
}
