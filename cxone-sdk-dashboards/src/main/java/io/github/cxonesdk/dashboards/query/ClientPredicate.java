package io.github.cxonesdk.dashboards.query;

import io.github.cxonesdk.dashboards.QueryFilter;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A row predicate a caller would otherwise apply in memory after downloading rows, such as
 * "skill is sales or support" or "timestamp after Monday". {@link QueryOptimizer} turns the ones the
 * service can evaluate into {@link QueryFilter}s ({@link Operator#EQUALS}/{@link Operator#IN} on any
 * attribute become an {@code in} filter; {@link Operator#BETWEEN}/{@link Operator#AFTER}/{@link Operator#BEFORE}
 * on the time attribute become a {@code between} filter) and hands the rest back as residual predicates.
 *
 * <pre>{@code
 * ClientPredicate skills = ClientPredicate.in("skill", List.of("sales", "support"));
 * ClientPredicate window = ClientPredicate.between("timestamp", monday, friday);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param attribute the attribute tested, such as {@code "skill"}
 * @param operator the test
 * @param values the operands: one for EQUALS, NOT_EQUALS, CONTAINS, AFTER, BEFORE; two for BETWEEN;
 *        one or more for IN; instants may be {@link Instant}s or ISO-8601 strings
 */
public record ClientPredicate(String attribute, Operator operator, List<Object> values) {

    /** The tests a client-side predicate can express. */
    public enum Operator {
        /** The attribute equals the single value. */
        EQUALS,
        /** The attribute equals one of the values. */
        IN,
        /** The attribute (an instant) lies in [first, second). */
        BETWEEN,
        /** The attribute (an instant) is at or after the value. */
        AFTER,
        /** The attribute (an instant) is before the value. */
        BEFORE,
        /** The attribute differs from the value; the service has no such filter. */
        NOT_EQUALS,
        /** The attribute contains the value as a substring; the service has no such filter. */
        CONTAINS
    }

    /**
     * Checks and copies the fields.
     *
     * @param attribute the attribute tested, such as {@code "skill"}
     * @param operator the test
     * @param values the operands: one for EQUALS, NOT_EQUALS, CONTAINS, AFTER, BEFORE; two for BETWEEN;
     *     one or more for IN; instants may be {@link Instant}s or ISO-8601 strings
     * @throws NullPointerException if a field or a value is {@code null}
     * @throws IllegalArgumentException if the number of values does not suit the operator
     */
    public ClientPredicate {
        Objects.requireNonNull(attribute, "attribute == null");
        Objects.requireNonNull(operator, "operator == null");
        values = List.copyOf(values);
        int expected = switch (operator) {
            case IN -> -1;
            case BETWEEN -> 2;
            default -> 1;
        };
        if (expected == -1 ? values.isEmpty() : values.size() != expected) {
            throw new IllegalArgumentException(operator + " on '" + attribute + "' takes "
                    + (expected == -1 ? "at least one value" : expected + " value(s)") + ", got " + values.size());
        }
    }

    /**
     * Returns "attribute equals value".
     *
     * @param attribute the attribute
     * @param value the value
     * @return the predicate
     */
    public static ClientPredicate equalTo(String attribute, Object value) {
        return new ClientPredicate(attribute, Operator.EQUALS, List.of(value));
    }

    /**
     * Returns "attribute is one of values".
     *
     * @param attribute the attribute
     * @param values the values
     * @return the predicate
     */
    public static ClientPredicate in(String attribute, List<?> values) {
        return new ClientPredicate(attribute, Operator.IN, Collections.unmodifiableList(values));
    }

    /**
     * Returns "attribute lies in [start, end)".
     *
     * @param attribute the time attribute
     * @param start the inclusive start
     * @param end the exclusive end
     * @return the predicate
     */
    public static ClientPredicate between(String attribute, Instant start, Instant end) {
        return new ClientPredicate(attribute, Operator.BETWEEN, List.of(start, end));
    }

    /**
     * Returns "attribute is at or after instant".
     *
     * @param attribute the time attribute
     * @param instant the bound
     * @return the predicate
     */
    public static ClientPredicate after(String attribute, Instant instant) {
        return new ClientPredicate(attribute, Operator.AFTER, List.of(instant));
    }

    /**
     * Returns "attribute is before instant".
     *
     * @param attribute the time attribute
     * @param instant the bound
     * @return the predicate
     */
    public static ClientPredicate before(String attribute, Instant instant) {
        return new ClientPredicate(attribute, Operator.BEFORE, List.of(instant));
    }

    /**
     * Returns "attribute differs from value", which only the client can evaluate.
     *
     * @param attribute the attribute
     * @param value the value
     * @return the predicate
     */
    public static ClientPredicate notEqualTo(String attribute, Object value) {
        return new ClientPredicate(attribute, Operator.NOT_EQUALS, List.of(value));
    }
}
