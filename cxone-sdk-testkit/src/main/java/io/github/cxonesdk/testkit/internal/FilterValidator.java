package io.github.cxonesdk.testkit.internal;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/** Server-side filter validation: the first problem is answered as 400 {@code invalid_filter} naming the field. */
public final class FilterValidator {
    static final Set<String> CHANNELS = Set.of("voice", "chat", "email", "sms", "web");
    static final Set<String> OPERATORS = Set.of("equals", "not_equals", "greater_than", "less_than", "contains", "in");
    static final Set<String> PATTERN_TYPES = Set.of("regex", "cidr", "prefix");
    /** API.md: a regex over 512 characters is rejected. */
    static final int MAX_REGEX_LENGTH = 512;

    private FilterValidator() {
    }

    public static void validate(JsonNode filter) {
        String name = Json.string(filter, "name");
        if (name == null || name.isBlank()) {
            throw invalid("name: must not be blank");
        }
        String channel = Json.string(filter, "channel");
        if (channel == null || !CHANNELS.contains(channel)) {
            throw invalid("channel: unknown channel " + quoted(filter.get("channel")) + " (voice, chat, email, sms, web)");
        }
        JsonNode matchers = filter.path("matchers");
        if (!matchers.isMissingNode() && !matchers.isNull() && !matchers.isArray()) {
            throw invalid("matchers: must be an array");
        }
        for (int i = 0; i < matchers.size(); i++) {
            matcher("matchers[" + i + "]", matchers.get(i));
        }
        JsonNode rules = filter.path("pattern_rules");
        if (!rules.isMissingNode() && !rules.isNull() && !rules.isArray()) {
            throw invalid("pattern_rules: must be an array");
        }
        for (int i = 0; i < rules.size(); i++) {
            patternRule("pattern_rules[" + i + "]", rules.get(i));
        }
        JsonNode group = filter.get("target_group_id");
        if (group != null && !group.isNull() && (!group.isString() || group.stringValue().isBlank())) {
            throw invalid("target_group_id: must be a non-blank string");
        }
    }

    private static void matcher(String path, JsonNode matcher) {
        if (!matcher.isObject()) {
            throw invalid(path + ": must be an object");
        }
        path(path + ".attribute", Json.string(matcher, "attribute"));
        String operator = Json.string(matcher, "operator");
        if (operator == null || !OPERATORS.contains(operator)) {
            throw invalid(path + ".operator: unknown operator " + quoted(matcher.get("operator")));
        }
        JsonNode value = matcher.get("value");
        if (value == null) {
            throw invalid(path + ".value: is required");
        }
        if ("in".equals(operator)) {
            inList(path + ".value", value);
        } else if (!scalar(value)) {
            throw invalid(path + ".value: operator '" + operator + "' takes a string, number or boolean, not "
                    + kind(value));
        }
        if (("greater_than".equals(operator) || "less_than".equals(operator)) && Json.numeric(value) == null) {
            throw invalid(path + ".value: operator '" + operator + "' takes a number or a numeric string");
        }
    }

    /** Same rule as the SDK's FilterValidator: {@code in} takes a non-empty list of strings, numbers or booleans. */
    private static void inList(String path, JsonNode value) {
        if (!value.isArray()) {
            throw invalid(path + ": operator 'in' takes a list of values");
        }
        if (value.isEmpty()) {
            throw invalid(path + ": operator 'in' takes a non-empty list");
        }
        for (int j = 0; j < value.size(); j++) {
            JsonNode element = value.get(j);
            if (!scalar(element)) {
                throw invalid(path + "[" + j + "]: operator 'in' takes a string, number or boolean, not "
                        + kind(element));
            }
        }
    }

    /** API.md: matcher values are scalars (a string, a finite number or a boolean). */
    private static boolean scalar(JsonNode value) {
        return value.isString() || value.isBoolean() || value.isNumber() && Json.numeric(value) != null;
    }

    private static String kind(JsonNode value) {
        return value.isNull() ? "null" : value.isArray() ? "a list" : value.isObject() ? "an object" : "a non-finite number";
    }

    private static void patternRule(String path, JsonNode rule) {
        if (!rule.isObject()) {
            throw invalid(path + ": must be an object");
        }
        String type = Json.string(rule, "type");
        if (type == null || !PATTERN_TYPES.contains(type)) {
            throw invalid(path + ".type: unknown pattern type " + quoted(rule.get("type")));
        }
        path(path + ".field", Json.string(rule, "field"));
        String pattern = Json.string(rule, "pattern");
        if (pattern == null || pattern.isEmpty()) {
            // a number is not coerced to a string (API.md: "a pattern that is not a string")
            throw invalid(path + ".pattern: must be a non-empty string");
        }
        if ("regex".equals(type)) {
            if (pattern.length() > MAX_REGEX_LENGTH) {
                throw invalid(path + ".pattern: regex is longer than " + MAX_REGEX_LENGTH + " characters");
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw invalid(path + ".pattern: invalid regex: " + e.getDescription());
            }
        } else if ("cidr".equals(type) && IpBlock.parse(pattern) == null) {
            throw invalid(path + ".pattern: invalid CIDR block '" + pattern
                    + "' (address/length, no host bits set, IPv4 blocks written as IPv4)");
        }
    }

    private static void path(String where, String attribute) {
        if (attribute == null || attribute.isBlank()) {
            throw invalid(where + ": must be a non-blank dot path");
        }
        for (String part : attribute.split("\\.", -1)) {
            if (part.isEmpty()) {
                throw invalid(where + ": empty segment in path '" + attribute + "'");
            }
        }
    }

    private static String quoted(JsonNode node) {
        if (node == null || node.isNull()) {
            return "(missing)";
        }
        return node.isString() ? "'" + node.stringValue() + "'" : node.toString();
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("invalid_filter", message);
    }
}
