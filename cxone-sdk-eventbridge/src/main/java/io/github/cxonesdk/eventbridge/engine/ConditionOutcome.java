package io.github.cxonesdk.eventbridge.engine;

import java.util.Objects;

/**
 * How one condition of a filter fared against one event.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param condition where the condition sits in the filter: {@code channel}, {@code matchers[1]} or
 *        {@code pattern_rules[0]}
 * @param field the dot path the condition reads, such as {@code payload.handleTime}
 * @param test the operator or pattern type, such as {@code greater_than} or {@code cidr}
 * @param expected the filter's value or pattern, as JSON text
 * @param actual the event's value at {@code field} as JSON text (objects shown as {@code {...}}),
 *        or {@code null} when the field is missing
 * @param passed whether the condition holds
 * @param budgetExceeded whether the condition is a regex whose search exceeded its work budget and
 *        was abandoned (then {@code passed} is false)
 */
public record ConditionOutcome(String condition, String field, String test, String expected, String actual,
        boolean passed, boolean budgetExceeded) {
    /**
     * Checks the components.
     *
     * @param condition where the condition sits in the filter: {@code channel}, {@code matchers[1]} or
     *     {@code pattern_rules[0]}
     * @param field the dot path the condition reads, such as {@code payload.handleTime}
     * @param test the operator or pattern type, such as {@code greater_than} or {@code cidr}
     * @param expected the filter's value or pattern, as JSON text
     * @param actual the event's value at {@code field} as JSON text (objects shown as {@code {...}}),
     *     or {@code null} when the field is missing
     * @param passed whether the condition holds
     * @param budgetExceeded whether the condition is a regex whose search exceeded its work budget and
     *     was abandoned (then {@code passed} is false)
     * @throws NullPointerException if a component other than {@code actual} is {@code null}
     */
    public ConditionOutcome {
        Objects.requireNonNull(condition, "condition == null");
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(test, "test == null");
        Objects.requireNonNull(expected, "expected == null");
    }

    /**
     * Creates an outcome whose evaluation completed within budget.
     *
     * @param condition where the condition sits in the filter
     * @param field the dot path the condition reads
     * @param test the operator or pattern type
     * @param expected the filter's value or pattern, as JSON text
     * @param actual the event's value as JSON text, or {@code null} when missing
     * @param passed whether the condition holds
     * @throws NullPointerException if a component other than {@code actual} is {@code null}
     */
    public ConditionOutcome(String condition, String field, String test, String expected, String actual,
            boolean passed) {
        this(condition, field, test, expected, actual, passed, false);
    }

    /**
     * Tells whether the event has a value at {@link #field()}.
     *
     * @return false when the field is missing (which fails every condition)
     */
    public boolean present() {
        return actual != null;
    }

    /**
     * Renders the outcome on one line, such as
     * {@code matchers[1] payload.handleTime greater_than 300: actual 250 -> FAIL}; an abandoned regex
     * search ends in {@code -> FAIL (regex budget exceeded)}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return condition + " " + field + " " + test + " " + expected + ": actual "
                + (actual == null ? "<missing>" : actual) + " -> " + (passed ? "pass" : "FAIL")
                + (budgetExceeded ? " (regex budget exceeded)" : "");
    }
}
