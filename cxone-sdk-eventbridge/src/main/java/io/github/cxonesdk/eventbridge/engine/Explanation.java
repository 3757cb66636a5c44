package io.github.cxonesdk.eventbridge.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why an event did or did not match each compiled filter, in compile order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param filters one explanation per compiled filter
 */
public record Explanation(List<FilterExplanation> filters) {
    /**
     * Copies the list.
     *
     * @param filters one explanation per compiled filter
     * @throws NullPointerException if {@code filters} or an element is {@code null}
     */
    public Explanation {
        filters = List.copyOf(filters);
    }

    /**
     * Returns the explanation of one filter.
     *
     * @param filterId the id the filter was compiled under
     * @return the explanation, empty when no filter has that id
     */
    public Optional<FilterExplanation> filter(String filterId) {
        return filters.stream().filter(f -> f.filterId().equals(filterId)).findFirst();
    }

    /**
     * Returns the ids of the filters that matched.
     *
     * @return the ids, in compile order
     */
    public List<String> matchedIds() {
        return filters.stream().filter(FilterExplanation::matched).map(FilterExplanation::filterId).toList();
    }

    /**
     * Counts the conditions whose regex search exceeded its work budget (each counted as failed).
     *
     * @return how many outcomes have {@link ConditionOutcome#budgetExceeded()} set
     */
    public int budgetExceeded() {
        return (int) filters.stream().flatMap(f -> f.outcomes().stream()).filter(ConditionOutcome::budgetExceeded)
                .count();
    }

    /**
     * Returns the filters that failed on exactly one outcome.
     *
     * @return the near misses, in compile order
     */
    public List<FilterExplanation> nearMisses() {
        return filters.stream().filter(FilterExplanation::nearMiss).toList();
    }

    /**
     * Renders every filter's explanation.
     *
     * @return the text, one block per filter
     */
    @Override
    public String toString() {
        return filters.stream().map(FilterExplanation::toString).collect(Collectors.joining("\n"));
    }
}
