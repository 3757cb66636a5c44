package io.github.cxonesdk.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One filter compiled for evaluation, following API.md "Filter semantics" exactly: the event's root
 * {@code channel} equals the filter's channel, every matcher holds and every pattern rule holds.
 * The filter must have passed {@link FilterValidator}. A regex search is bounded by {@link RegexBudget}
 * (the SDK engine's rule): over budget it counts as no match and is counted in {@link #budgetExceeded()}.
 * Immutable and thread-safe.
 */
public final class FilterMatcher {
    private interface Condition {
        boolean test(JsonNode event);
    }

    /** Regex searches of this filter abandoned over their budget (API.md: counted as no match). */
    private final LongAdder overBudget = new LongAdder();

    private final String channel;
    private final List<Condition> conditions = new ArrayList<>();

    private FilterMatcher(JsonNode filter) {
        this.channel = Json.string(filter, "channel");
        for (JsonNode matcher : filter.path("matchers")) {
            String[] path = Json.string(matcher, "attribute").split("\\.", -1);
            String operator = Json.string(matcher, "operator");
            JsonNode value = matcher.get("value");
            conditions.add(event -> {
                JsonNode attribute = resolve(event, path);
                return attribute != null && operator(operator, attribute, value);
            });
        }
        for (JsonNode rule : filter.path("pattern_rules")) {
            String[] path = Json.string(rule, "field").split("\\.", -1);
            Condition condition = patternRule(Json.string(rule, "type"), Json.string(rule, "pattern"), path, overBudget);
            conditions.add(condition);
        }
    }

    /** Compiles a validated filter body. */
    public static FilterMatcher compile(JsonNode filter) {
        return new FilterMatcher(filter);
    }

    /** Returns how many regex searches exceeded their {@link RegexBudget} (each counted as no match) so far. */
    public long budgetExceeded() {
        return overBudget.sum();
    }

    /** Tells whether the event matches. */
    public boolean matches(JsonNode event) {
        if (channel == null || !event.isObject() || !channel.equals(Json.string(event, "channel"))) {
            return false;
        }
        for (Condition condition : conditions) {
            if (!condition.test(event)) {
                return false;
            }
        }
        return true;
    }

    private static Condition patternRule(String type, String pattern, String[] path, LongAdder overBudget) {
        switch (type) {
            case "regex": {
                Pattern regex = Pattern.compile(pattern);
                return event -> {
                    JsonNode value = resolve(event, path);
                    if (value == null || !value.isString()) {
                        return false;
                    }
                    RegexBudget.Outcome outcome = RegexBudget.find(regex, value.stringValue());
                    if (outcome == RegexBudget.Outcome.OVER_BUDGET) {
                        overBudget.increment();
                    }
                    return outcome == RegexBudget.Outcome.FOUND;
                };
            }
            case "prefix":
                return event -> {
                    JsonNode value = resolve(event, path);
                    return value != null && value.isString() && value.stringValue().startsWith(pattern);
                };
            case "cidr": {
                IpBlock block = IpBlock.parse(pattern);
                return event -> {
                    JsonNode value = resolve(event, path);
                    return block != null && value != null && value.isString() && block.contains(value.stringValue());
                };
            }
            default:
                return event -> false;
        }
    }

    /** Resolves a dot path from the root; null when any step is missing or not an object. */
    static JsonNode resolve(JsonNode event, String[] path) {
        JsonNode current = event;
        for (String key : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(key);
        }
        return current;
    }

    static boolean operator(String operator, JsonNode attribute, JsonNode value) {
        switch (operator) {
            case "equals":
                return jsonEquals(attribute, value);
            case "not_equals":
                return !jsonEquals(attribute, value);
            case "greater_than":
                return compare(attribute, value) > 0;
            case "less_than": {
                int c = compare(attribute, value);
                return c != Integer.MIN_VALUE && c < 0;
            }
            case "contains":
                return contains(attribute, value);
            case "in":
                if (value == null || !value.isArray()) {
                    return false;
                }
                for (JsonNode element : value) {
                    if (jsonEquals(attribute, element)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return false;
        }
        BigDecimal x = Json.numeric(a);
        BigDecimal y = Json.numeric(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    /** Compares numerically; Integer.MIN_VALUE when either side is not numeric. */
    private static int compare(JsonNode a, JsonNode b) {
        BigDecimal x = Json.numeric(a);
        BigDecimal y = Json.numeric(b);
        if (x == null || y == null) {
            return Integer.MIN_VALUE;
        }
        return Integer.signum(x.compareTo(y));
    }

    private static boolean contains(JsonNode attribute, JsonNode value) {
        if (attribute.isString()) {
            return value != null && value.isString() && attribute.stringValue().contains(value.stringValue());
        }
        if (attribute.isArray()) {
            for (JsonNode element : attribute) {
                if (jsonEquals(element, value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
