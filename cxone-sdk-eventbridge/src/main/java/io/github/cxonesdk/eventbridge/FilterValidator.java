package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.validation.ModelValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Client-side validation of {@link FilterDefinition}s, run before any network call.
 *
 * <pre>{@code
 * FilterValidator.validate(filter);                 // throws listing every problem
 * List<Violation> problems = FilterValidator.violations(filter);
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class FilterValidator {
    private FilterValidator() {
    }

    /**
     * Validates a filter and throws when anything is wrong.
     *
     * @param filter the filter to check
     * @throws ModelValidationException listing every violation with its JSON path
     * @throws NullPointerException if {@code filter} is {@code null}
     */
    public static void validate(FilterDefinition filter) {
        Objects.requireNonNull(filter, "filter == null");
        ModelValidator.shared().validate("FilterDefinition", filter, found -> found.addAll(violations(filter)));
    }

    /**
     * Returns every violation of a filter, paths as JSON paths such as {@code matchers[1].value}.
     *
     * @param filter the filter to check
     * @return the violations, empty when valid
     * @throws NullPointerException if {@code filter} is {@code null}
     */
    public static List<Violation> violations(FilterDefinition filter) {
        Objects.requireNonNull(filter, "filter == null");
        List<Violation> found = new ArrayList<>();
        if (filter.name() == null || filter.name().isBlank()) {
            found.add(new Violation("name", "must not be blank"));
        }
        if (filter.channel() == null || filter.channel() == Channel.UNKNOWN) {
            found.add(new Violation("channel", "must be one of voice, chat, email, sms, web"));
        }
        for (int i = 0; i < filter.matchers().size(); i++) {
            if (filter.matchers().get(i).operator() == null || filter.matchers().get(i).operator() == Operator.UNKNOWN) {
                found.add(new Violation("matchers[" + i + "].operator", "must be a known operator"));
            }
        }
        for (int i = 0; i < filter.patternRules().size(); i++) {
            if (filter.patternRules().get(i).type() == null || filter.patternRules().get(i).type() == PatternType.UNKNOWN) {
                found.add(new Violation("pattern_rules[" + i + "].type", "must be a known type"));
            }
        }
        return found;
    }
}
