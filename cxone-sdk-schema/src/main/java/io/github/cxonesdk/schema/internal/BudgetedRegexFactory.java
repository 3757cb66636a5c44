package io.github.cxonesdk.schema.internal;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import io.github.cxonesdk.core.internal.RegexBudget;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * networknt's JDK regular expressions ({@code pattern}, {@code patternProperties}), with the same
 * ECMA-262 adjustments, run under core's {@link RegexBudget}: a payload string that drives a schema's
 * pattern into catastrophic backtracking counts as not matching (a violation) instead of hanging
 * the validating thread.
 */
public final class BudgetedRegexFactory implements RegularExpressionFactory {
    private static final Logger LOG = LoggerFactory.getLogger(BudgetedRegexFactory.class);
    private static final BudgetedRegexFactory INSTANCE = new BudgetedRegexFactory();

    private BudgetedRegexFactory() {
    }

    /** Returns the factory. */
    public static BudgetedRegexFactory instance() {
        return INSTANCE;
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
                RegularExpressions.replaceDollarAnchors(regex)));
        return value -> {
            RegexBudget.Outcome outcome = RegexBudget.find(pattern, value);
            if (outcome == RegexBudget.Outcome.OVER_BUDGET) {
                LOG.debug("pattern of {} characters exceeded its step budget on a {}-character value; treated as no match",
                        regex.length(), value.length());
            }
            return outcome == RegexBudget.Outcome.FOUND;
        };
    }
}
