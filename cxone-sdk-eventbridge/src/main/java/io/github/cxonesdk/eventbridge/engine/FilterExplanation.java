package io.github.cxonesdk.eventbridge.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one filter did or did not match one event: the outcome of its channel check and of each of
 * its conditions, in definition order (matchers, then pattern rules).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param filterId the id the filter was compiled under
 * @param targetGroupId the filter's target group; {@code null} when it has none
 * @param matched whether every outcome passed
 * @param outcomes the channel outcome first, then one per condition
 */
public record FilterExplanation(String filterId, String targetGroupId, boolean matched,
        List<ConditionOutcome> outcomes) {
    /**
     * Checks and copies the components.
     *
     * @param filterId the id the filter was compiled under
     * @param targetGroupId the filter's target group; {@code null} when it has none
     * @param matched whether every outcome passed
     * @param outcomes the channel outcome first, then one per condition
     * @throws NullPointerException if {@code filterId} or {@code outcomes} is {@code null}
     */
    public FilterExplanation {
        Objects.requireNonNull(filterId, "filterId == null");
        outcomes = List.copyOf(outcomes);
    }

    /**
     * Returns the outcomes that failed.
     *
     * @return the failures, empty when the filter matched
     */
    public List<ConditionOutcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    /**
     * Returns the first failed outcome.
     *
     * @return the first failure, empty when the filter matched
     */
    public Optional<ConditionOutcome> firstFailure() {
        return outcomes.stream().filter(o -> !o.passed()).findFirst();
    }

    /**
     * Tells whether the filter failed on exactly one condition: the event nearly matched.
     *
     * @return true when exactly one outcome failed
     */
    public boolean nearMiss() {
        return failures().size() == 1;
    }

    /**
     * Renders the explanation on several lines: the verdict, then one line per outcome.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(filterId).append(matched ? ": MATCH" : ": no match");
        for (ConditionOutcome outcome : outcomes) {
            out.append("\n  ").append(outcome);
        }
        return out.toString();
    }
}
