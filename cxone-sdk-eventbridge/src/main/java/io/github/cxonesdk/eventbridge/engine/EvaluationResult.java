package io.github.cxonesdk.eventbridge.engine;

import io.github.cxonesdk.core.internal.Checks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The filters one event matched, in the order the filters were compiled, and how many regex
 * searches were abandoned because they exceeded their work budget (each counts as no match; see
 * {@link FilterEngine}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param matches the matching filters; never {@code null}
 * @param budgetExceeded how many regex conditions exceeded their budget while evaluating this event;
 *        when positive, a filter may be missing from {@code matches} only because of that
 */
public record EvaluationResult(List<FilterMatch> matches, int budgetExceeded) {
    /** The result of an event that matched nothing, within budget. */
    public static final EvaluationResult NONE = new EvaluationResult(List.of());

    /**
     * Copies the list.
     *
     * @param matches the matching filters; never {@code null}
     * @param budgetExceeded how many regex conditions exceeded their budget while evaluating this event;
     *     when positive, a filter may be missing from {@code matches} only because of that
     * @throws NullPointerException if {@code matches} or an element is {@code null}
     * @throws IllegalArgumentException if {@code budgetExceeded} is negative
     */
    public EvaluationResult {
        matches = List.copyOf(Objects.requireNonNull(matches, "matches == null"));
        Checks.atLeast(budgetExceeded, 0, "budgetExceeded");
    }

    /**
     * Creates a result whose regex searches all completed within budget.
     *
     * @param matches the matching filters
     * @throws NullPointerException if {@code matches} or an element is {@code null}
     */
    public EvaluationResult(List<FilterMatch> matches) {
        this(matches, 0);
    }

    /**
     * Tells whether every regex search completed within its budget, so the result is exact.
     *
     * @return true when {@link #budgetExceeded()} is zero
     */
    public boolean complete() {
        return budgetExceeded == 0;
    }

    /**
     * Tells whether the event matched no filter.
     *
     * @return true when {@link #matches()} is empty
     */
    public boolean isEmpty() {
        return matches.isEmpty();
    }

    /**
     * Tells whether the event matched a given filter.
     *
     * @param filterId the id the filter was compiled under
     * @return whether it matched
     */
    public boolean matched(String filterId) {
        for (FilterMatch match : matches) {
            if (match.filterId().equals(filterId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the ids of the matching filters.
     *
     * @return the ids, in compile order
     */
    public List<String> filterIds() {
        return matches.stream().map(FilterMatch::filterId).toList();
    }

    /**
     * Returns the distinct groups the event is routed to.
     *
     * @return the target group ids in first-match order, without filters that have none
     */
    public Set<String> targetGroupIds() {
        Set<String> groups = new LinkedHashSet<>();
        for (FilterMatch match : matches) {
            if (match.targetGroupId() != null) {
                groups.add(match.targetGroupId());
            }
        }
        return groups;
    }
}
