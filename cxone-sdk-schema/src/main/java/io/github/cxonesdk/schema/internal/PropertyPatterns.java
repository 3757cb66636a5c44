package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.internal.RegexBudget;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Matches {@code patternProperties} regexes against property names under a step budget, so a
 * catastrophic pattern in a hostile schema fails clearly instead of running for hours.
 */
final class PropertyPatterns {
    private static final int MAX_CHAR_READS = 100_000;

    private PropertyPatterns() {
    }

    /** Whether {@code regex} finds a match in {@code name} (ECMA-262 patterns read as Java patterns). */
    static boolean matches(String regex, String name, String pointer) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw SchemaNodes.invalid(pointer, "patternProperties regex does not compile");
        }
        RegexBudget.Outcome outcome = RegexBudget.find(pattern, name, MAX_CHAR_READS);
        if (outcome == RegexBudget.Outcome.OVER_BUDGET) {
            throw SchemaNodes.invalid(pointer, "patternProperties regex needs more than " + MAX_CHAR_READS
                    + " steps on property name (catastrophic backtracking?)");
        }
        return outcome == RegexBudget.Outcome.FOUND;
    }
}
