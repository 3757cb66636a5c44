package io.github.cxonesdk.dashboards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A predicate the service applies before aggregating, serialised as
 * {@code {"condition": "in", "attribute": "skill", "value": ["sales", "support"]}} or
 * {@code {"condition": "between", "attribute": "timestamp", "value": ["2026-05-13T00:00:00Z", "2026-05-20T00:00:00Z"]}}.
 *
 * <p>{@code value} is a JSON value: a string, number or boolean, or an unmodifiable list or map of them
 * (the constructor copies lists and maps). {@link DashboardValidator} checks that {@code in} has a
 * non-empty list and {@code between} a list of two. Instances are immutable and thread-safe.
 *
 * @param condition the condition, such as {@link #IN} or {@link #BETWEEN}
 * @param attribute the attribute it tests, such as {@code "skill"}
 * @param value the operand
 */
public record QueryFilter(@NotBlank String condition, @NotBlank String attribute, @NotNull Object value) {
    /** Condition: the attribute equals one of the listed values. */
    public static final String IN = "in";
    /** Condition: the attribute lies between the two listed values (inclusive start, exclusive end). */
    public static final String BETWEEN = "between";

    /**
     * Copies a list or map value so the record stays immutable.
     *
     * @param condition the condition, such as {@link #IN} or {@link #BETWEEN}
     * @param attribute the attribute it tests, such as {@code "skill"}
     * @param value the operand
     */
    public QueryFilter {
        value = copy(value);
    }

    /**
     * Returns an {@code in} filter.
     *
     * @param attribute the attribute, such as {@code "skill"}
     * @param values the accepted values
     * @return the filter
     * @throws NullPointerException if {@code values} or an element is {@code null}
     */
    public static QueryFilter in(String attribute, List<?> values) {
        return new QueryFilter(IN, attribute, List.copyOf(values));
    }

    /**
     * Returns a {@code between} filter over two instants, written as ISO-8601 strings.
     *
     * @param attribute the attribute, such as {@code "timestamp"}
     * @param start the inclusive start
     * @param end the exclusive end
     * @return the filter
     * @throws NullPointerException if {@code start} or {@code end} is {@code null}
     */
    public static QueryFilter between(String attribute, Instant start, Instant end) {
        return new QueryFilter(BETWEEN, attribute, List.of(start.toString(), end.toString()));
    }

    /**
     * Returns the operand as a list: the list itself, or a one-element list for a single value.
     *
     * @return the values, unmodifiable
     */
    public List<Object> values() {
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list);
        }
        return value == null ? List.of() : Collections.singletonList(value);
    }

    private static Object copy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            list.forEach(element -> copied.add(copy(element)));
            return Collections.unmodifiableList(copied);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copied = new LinkedHashMap<>();
            map.forEach((k, v) -> copied.put(String.valueOf(k), copy(v)));
            return Collections.unmodifiableMap(copied);
        }
        return value;
    }
}
