package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.eventbridge.AttributeMatcher;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.PatternRule;
import io.github.cxonesdk.eventbridge.engine.FilterMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A validated filter compiled against a {@link PathTrie}: its conditions in definition order (for
 * explanations) and cheapest first (for matching).
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledFilter {
    final int ordinal;
    final String id;
    final FilterDefinition definition;
    final FilterMatch match;
    final Condition channel;
    final Condition[] conditions;
    final Condition[] verifyOrder;

    CompiledFilter(int ordinal, String id, FilterDefinition definition, PathTrie paths) {
        this.ordinal = ordinal;
        this.id = id;
        this.definition = definition;
        this.match = new FilterMatch(id, definition.targetGroupId());
        this.channel = Condition.equalTo(paths.slot("channel"), "channel", "channel", "equals",
                Constant.of(definition.channel().wireValue()));
        List<Condition> all = new ArrayList<>();
        for (int i = 0; i < definition.matchers().size(); i++) {
            all.add(matcher("matchers[" + i + "]", definition.matchers().get(i), paths));
        }
        for (int i = 0; i < definition.patternRules().size(); i++) {
            all.add(rule("pattern_rules[" + i + "]", definition.patternRules().get(i), paths));
        }
        this.conditions = all.toArray(new Condition[0]);
        this.verifyOrder = all.stream().sorted(Comparator.comparingInt(c -> c.cost)).toArray(Condition[]::new);
    }

    private static Condition matcher(String label, AttributeMatcher matcher, PathTrie paths) {
        int slot = paths.slot(matcher.attribute());
        String field = matcher.attribute();
        return switch (matcher.operator()) {
            case EQUALS -> Condition.equalTo(slot, label, field, "equals", Constant.of(matcher.value()));
            case NOT_EQUALS -> Condition.notEqualTo(slot, label, field, Constant.of(matcher.value()));
            case GREATER_THAN -> Condition.greaterThan(slot, label, field, Constant.of(matcher.value()));
            case LESS_THAN -> Condition.lessThan(slot, label, field, Constant.of(matcher.value()));
            case CONTAINS -> Condition.contains(slot, label, field, Constant.of(matcher.value()));
            case IN -> Condition.in(slot, label, field,
                    ((List<?>) matcher.value()).stream().map(Constant::of).toList());
            default -> throw new IllegalArgumentException("unknown operator in " + label);
        };
    }

    private static Condition rule(String label, PatternRule rule, PathTrie paths) {
        int slot = paths.slot(rule.field());
        return switch (rule.type()) {
            case REGEX -> Condition.regex(slot, label, rule.field(), rule.pattern());
            case PREFIX -> Condition.prefix(slot, label, rule.field(), rule.pattern());
            case CIDR -> Condition.cidr(slot, label, rule.field(), rule.pattern());
            default -> throw new IllegalArgumentException("unknown pattern type in " + label);
        };
    }

    /** Whether every condition holds; the channel was checked by the caller. */
    boolean verify(EventValues values) {
        for (Condition condition : verifyOrder) {
            if (!condition.test(values)) {
                return false;
            }
        }
        return true;
    }
}
