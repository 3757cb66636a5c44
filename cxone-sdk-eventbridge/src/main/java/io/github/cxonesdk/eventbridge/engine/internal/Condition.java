package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.core.internal.RegexBudget;
import io.github.cxonesdk.eventbridge.internal.CidrBlock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One compiled condition of a filter, reading one slot. Every kind follows API.md "Filter
 * semantics": a missing value fails every condition, {@code not_equals} included. A regex search that
 * exceeds its {@link RegexBudget} fails and is counted in {@link EventValues#budgetExceeded}.
 *
 * <p>Immutable and thread-safe.
 */
abstract class Condition {
    final int slot;
    /** Where the condition sits in the definition: {@code channel}, {@code matchers[0]}, {@code pattern_rules[1]}. */
    final String label;
    final String field;
    /** The operator or pattern type, as on the wire. */
    final String test;
    /** The expected value as JSON text. */
    final String expected;
    /** Relative cost, cheapest first when verifying a candidate. */
    final int cost;
    final Kind kind;
    /** What indexes need: a {@link Constant}, a {@code Constant[]}, the prefix or the {@link CidrBlock}. */
    final Object operand;

    /** The kinds of condition. */
    enum Kind { EQUALS, NOT_EQUALS, GREATER_THAN, LESS_THAN, CONTAINS, IN, REGEX, PREFIX, CIDR }

    Condition(int slot, String label, String field, String test, String expected, int cost, Kind kind,
            Object operand) {
        this.kind = kind;
        this.operand = operand;
        this.slot = slot;
        this.label = label;
        this.field = field;
        this.test = test;
        this.expected = expected;
        this.cost = cost;
    }

    abstract boolean test(EventValues values);

    static Condition equalTo(int slot, String label, String field, String test, Constant constant) {
        return new Condition(slot, label, field, test, constant.render(), 1, Kind.EQUALS, constant) {
            @Override
            boolean test(EventValues values) {
                return values.valueEquals(slot, constant);
            }
        };
    }

    static Condition notEqualTo(int slot, String label, String field, Constant constant) {
        return new Condition(slot, label, field, "not_equals", constant.render(), 1, Kind.NOT_EQUALS, constant) {
            @Override
            boolean test(EventValues values) {
                return values.kind[slot] != EventValues.MISSING && !values.valueEquals(slot, constant);
            }
        };
    }

    static Condition greaterThan(int slot, String label, String field, Constant constant) {
        return new Condition(slot, label, field, "greater_than", constant.render(), 2, Kind.GREATER_THAN, constant) {
            @Override
            boolean test(EventValues values) {
                int comparison = values.compare(slot, constant);
                return comparison != EventValues.NOT_NUMERIC && comparison > 0;
            }
        };
    }

    static Condition lessThan(int slot, String label, String field, Constant constant) {
        return new Condition(slot, label, field, "less_than", constant.render(), 2, Kind.LESS_THAN, constant) {
            @Override
            boolean test(EventValues values) {
                int comparison = values.compare(slot, constant);
                return comparison != EventValues.NOT_NUMERIC && comparison < 0;
            }
        };
    }

    static Condition contains(int slot, String label, String field, Constant constant) {
        return new Condition(slot, label, field, "contains", constant.render(), 3, Kind.CONTAINS, constant) {
            @Override
            boolean test(EventValues values) {
                byte kind = values.kind[slot];
                if (kind == EventValues.STRING) {
                    return constant.kind == EventValues.STRING && values.text[slot].contains(constant.string);
                }
                if (kind == EventValues.ARRAY) {
                    EventValues elements = values.elements();
                    int start = values.arrayStart(slot);
                    for (int k = 0; k < values.arrayLength(slot); k++) {
                        if (elements.valueEquals(start + k, constant)) {
                            return true;
                        }
                    }
                }
                return false;
            }
        };
    }

    static Condition in(int slot, String label, String field, List<Constant> constants) {
        Constant[] options = constants.toArray(new Constant[0]);
        String expected = constants.stream().map(Constant::render).collect(Collectors.joining(",", "[", "]"));
        return new Condition(slot, label, field, "in", expected, 2, Kind.IN, options) {
            @Override
            boolean test(EventValues values) {
                if (values.kind[slot] == EventValues.MISSING) {
                    return false;
                }
                for (Constant option : options) {
                    if (values.valueEquals(slot, option)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    static Condition regex(int slot, String label, String field, String pattern) {
        Pattern compiled = Pattern.compile(pattern);
        return new Condition(slot, label, field, "regex", Constant.quote(pattern), 10, Kind.REGEX, compiled) {
            @Override
            boolean test(EventValues values) {
                if (values.kind[slot] != EventValues.STRING) {
                    return false;
                }
                RegexBudget.Outcome outcome = RegexBudget.find(compiled, values.text[slot]);
                if (outcome == RegexBudget.Outcome.OVER_BUDGET) {
                    values.budgetExceeded++;
                }
                return outcome == RegexBudget.Outcome.FOUND;
            }
        };
    }

    static Condition prefix(int slot, String label, String field, String prefix) {
        return new Condition(slot, label, field, "prefix", Constant.quote(prefix), 1, Kind.PREFIX, prefix) {
            @Override
            boolean test(EventValues values) {
                return values.kind[slot] == EventValues.STRING && values.text[slot].startsWith(prefix);
            }
        };
    }

    static Condition cidr(int slot, String label, String field, String pattern) {
        CidrBlock block = CidrBlock.parse(pattern);
        return new Condition(slot, label, field, "cidr", Constant.quote(pattern), 3, Kind.CIDR, block) {
            @Override
            boolean test(EventValues values) {
                int family = values.addressFamily(slot);
                return block.ipv6()
                        ? family == 6 && block.containsIpv6(values.addressHi(slot), values.addressLo(slot))
                        : family == 4 && block.containsIpv4(values.addressLo(slot));
            }
        };
    }
}
