package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.eventbridge.internal.CidrBlock;
import io.github.cxonesdk.eventbridge.internal.Decimals;
import io.github.cxonesdk.eventbridge.internal.RegexSafety;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Client-side validation of {@link FilterDefinition}s, run before any network call. It reports
 * every problem at once, each with its JSON path ({@code name}, {@code matchers[1].value},
 * {@code pattern_rules[0].pattern}):
 * <ul>
 *   <li>{@code name} is not blank; {@code channel}, every {@code operator} and every pattern
 *       {@code type} is a known value (not {@code UNKNOWN} or missing);</li>
 *   <li>attribute and field paths are dot paths without empty segments;</li>
 *   <li>{@code in} takes a non-empty list of strings, numbers or booleans; every other operator
 *       takes one string, number or boolean; {@code greater_than} and {@code less_than} take a
 *       number or a numeric string; numbers are finite;</li>
 *   <li>a regex is at most {@value RegexSafety#MAX_LENGTH} characters, compiles, and passes a
 *       safety check against catastrophic backtracking (nested quantifiers such as {@code (a+)+},
 *       repeated overlapping alternations such as {@code (a|a)*}, three or more adjacent
 *       overlapping quantifiers such as {@code \d*\d*\d*});</li>
 *   <li>a CIDR block is {@code address/length} with an IPv4 (0-32) or IPv6 (0-128) prefix length, no host
 *       bits set after the prefix, and is not an IPv4-mapped IPv6 block ({@code ::ffff:10.0.0.0/104});</li>
 *   <li>a prefix is not empty.</li>
 * </ul>
 *
 * <pre>{@code
 * FilterValidator validator = FilterValidator.create();
 * validator.validate(filter);                      // throws listing every problem
 * List<Violation> problems = validator.violations(filter);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; one can be shared by every thread.
 */
public final class FilterValidator {
    private static final FilterValidator INSTANCE = new FilterValidator();

    private FilterValidator() {
    }

    /**
     * Returns a validator. It holds no state, so every call may return the same instance.
     *
     * @return the validator
     */
    public static FilterValidator create() {
        return INSTANCE;
    }

    /**
     * Validates a filter and throws when anything is wrong.
     *
     * @param filter the filter to check
     * @throws ModelValidationException listing every violation with its JSON path
     * @throws NullPointerException if {@code filter} is {@code null}
     */
    public void validate(FilterDefinition filter) {
        List<Violation> found = violations(filter);
        if (!found.isEmpty()) {
            String subject = filter.name() == null || filter.name().isBlank()
                    ? "FilterDefinition" : "FilterDefinition '" + Redaction.text(filter.name()) + "'";
            throw new ModelValidationException(subject, found);
        }
    }

    /**
     * Returns every violation of a filter, paths as JSON paths such as {@code matchers[1].value}.
     *
     * @param filter the filter to check
     * @return the violations in path order, empty when valid
     * @throws NullPointerException if {@code filter} is {@code null}
     */
    public List<Violation> violations(FilterDefinition filter) {
        Objects.requireNonNull(filter, "filter == null");
        List<Violation> found = new ArrayList<>();
        if (filter.name() == null || filter.name().isBlank()) {
            found.add(new Violation("name", "must not be blank"));
        }
        if (filter.channel() == null || filter.channel() == Channel.UNKNOWN) {
            found.add(new Violation("channel", "must be one of voice, chat, email, sms, web"));
        }
        if (filter.targetGroupId() != null && filter.targetGroupId().isBlank()) {
            found.add(new Violation("target_group_id", "must not be blank when present"));
        }
        for (int i = 0; i < filter.matchers().size(); i++) {
            checkMatcher("matchers[" + i + "]", filter.matchers().get(i), found);
        }
        for (int i = 0; i < filter.patternRules().size(); i++) {
            checkPatternRule("pattern_rules[" + i + "]", filter.patternRules().get(i), found);
        }
        found.sort(null);
        return found;
    }

    private static void checkMatcher(String path, AttributeMatcher matcher, List<Violation> found) {
        checkPath(path + ".attribute", matcher.attribute(), found);
        Operator operator = matcher.operator();
        if (operator == null || operator == Operator.UNKNOWN) {
            found.add(new Violation(path + ".operator",
                    "must be one of equals, not_equals, greater_than, less_than, contains, in"));
            return;
        }
        Object value = matcher.value();
        String valuePath = path + ".value";
        switch (operator) {
            case IN -> checkList(valuePath, value, found);
            case GREATER_THAN, LESS_THAN -> checkNumeric(valuePath, operator, value, found);
            default -> checkScalar(valuePath, operator, value, found);
        }
    }

    private static void checkList(String path, Object value, List<Violation> found) {
        if (!(value instanceof List<?> list)) {
            found.add(new Violation(path, "operator 'in' takes a list of values"));
            return;
        }
        if (list.isEmpty()) {
            found.add(new Violation(path, "operator 'in' takes a non-empty list"));
        }
        for (int j = 0; j < list.size(); j++) {
            checkScalar(path + "[" + j + "]", Operator.IN, list.get(j), found);
        }
    }

    private static void checkNumeric(String path, Operator operator, Object value, List<Violation> found) {
        boolean numeric = value instanceof Number number ? Decimals.of(number) != null
                : value instanceof String text && Decimals.parse(text) != null;
        if (!numeric) {
            found.add(new Violation(path, "operator '" + operator.wireValue()
                    + "' takes a number or a numeric string"));
        }
    }

    private static void checkScalar(String path, Operator operator, Object value, List<Violation> found) {
        if (value instanceof String || value instanceof Boolean) {
            return;
        }
        if (value instanceof Number number) {
            if (Decimals.of(number) == null) {
                found.add(new Violation(path, "must be a finite number"));
            }
            return;
        }
        found.add(new Violation(path, "operator '" + operator.wireValue() + "' takes "
                + (value == null ? "a value; it is missing" : "a string, number or boolean, not "
                        + (value instanceof List ? "a list" : value.getClass().getSimpleName()))));
    }

    private static void checkPatternRule(String path, PatternRule rule, List<Violation> found) {
        checkPath(path + ".field", rule.field(), found);
        PatternType type = rule.type();
        if (type == null || type == PatternType.UNKNOWN) {
            found.add(new Violation(path + ".type", "must be one of regex, cidr, prefix"));
            return;
        }
        String patternPath = path + ".pattern";
        String pattern = rule.pattern();
        if (pattern == null || pattern.isEmpty()) {
            found.add(new Violation(patternPath, "must not be empty"));
            return;
        }
        switch (type) {
            case REGEX -> checkRegex(patternPath, pattern, found);
            case CIDR -> checkCidr(patternPath, pattern, found);
            default -> {
                // a non-empty prefix is all a prefix needs
            }
        }
    }

    private static void checkRegex(String path, String pattern, List<Violation> found) {
        if (pattern.length() > RegexSafety.MAX_LENGTH) {
            found.add(new Violation(path, "regex is longer than " + RegexSafety.MAX_LENGTH + " characters"));
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            found.add(new Violation(path, "regex does not compile: " + e.getDescription()
                    + " near index " + e.getIndex()));
            return;
        }
        for (String problem : RegexSafety.problems(pattern)) {
            found.add(new Violation(path, "regex is unsafe: " + problem));
        }
    }

    private static void checkCidr(String path, String pattern, List<Violation> found) {
        try {
            CidrBlock.parse(pattern);
        } catch (IllegalArgumentException e) {
            found.add(new Violation(path, "CIDR block " + e.getMessage()));
        }
    }

    private static void checkPath(String path, String value, List<Violation> found) {
        if (value == null || value.isBlank()) {
            found.add(new Violation(path, "must not be blank"));
        } else if (value.startsWith(".") || value.endsWith(".") || value.contains("..")) {
            found.add(new Violation(path, "must be a dot path without empty segments, such as payload.customer.tier"));
        }
    }
}
