package io.github.cxonesdk.eventbridge.engine;

import java.util.List;
import java.util.Optional;

/**
 * The predicted hit counts and ratios of every compiled filter over a sample of events.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param events how many well-formed events were evaluated
 * @param malformed how many events were skipped because they are malformed ({@link MalformedEventException})
 * @param eventsMatchingAny how many events matched at least one filter
 * @param filters one entry per compiled filter, in compile order
 * @param eventsOverBudget how many events had at least one regex search abandoned over its work
 *        budget (their hit counts may be low because of it)
 */
public record ReplayReport(long events, long malformed, long eventsMatchingAny, List<FilterHitRate> filters,
        long eventsOverBudget) {
    /**
     * Copies the list.
     *
     * @param events how many well-formed events were evaluated
     * @param malformed how many events were skipped because they are malformed ({@link MalformedEventException})
     * @param eventsMatchingAny how many events matched at least one filter
     * @param filters one entry per compiled filter, in compile order
     * @param eventsOverBudget how many events had at least one regex search abandoned over its work
     *     budget (their hit counts may be low because of it)
     * @throws NullPointerException if {@code filters} or an element is {@code null}
     */
    public ReplayReport {
        filters = List.copyOf(filters);
    }

    /**
     * Creates a report whose regex searches all completed within budget.
     *
     * @param events how many well-formed events were evaluated
     * @param malformed how many events were skipped as malformed
     * @param eventsMatchingAny how many events matched at least one filter
     * @param filters one entry per compiled filter
     * @throws NullPointerException if {@code filters} or an element is {@code null}
     */
    public ReplayReport(long events, long malformed, long eventsMatchingAny, List<FilterHitRate> filters) {
        this(events, malformed, eventsMatchingAny, filters, 0);
    }

    /**
     * Returns the hit rate of one filter.
     *
     * @param filterId the id the filter was compiled under
     * @return the hit rate, empty when no filter has that id
     */
    public Optional<FilterHitRate> filter(String filterId) {
        return filters.stream().filter(f -> f.filterId().equals(filterId)).findFirst();
    }
}
