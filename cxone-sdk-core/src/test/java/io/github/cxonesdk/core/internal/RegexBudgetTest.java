package io.github.cxonesdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexBudgetTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @Test
    void linearPatternsStayWithinBudgetOnHugeFields() {
        String huge = "skill_" + "x".repeat(5_000_000);
        assertThat(RegexBudget.find(Pattern.compile("^skill_.*$"), huge)).isEqualTo(RegexBudget.Outcome.FOUND);
        assertThat(RegexBudget.find(Pattern.compile("error"), huge)).isEqualTo(RegexBudget.Outcome.NOT_FOUND);
        assertThat(RegexBudget.find(Pattern.compile("\\d{3}-\\d{4}"), huge)).isEqualTo(RegexBudget.Outcome.NOT_FOUND);
    }

    /** A budget of 1,000 reads per character would let one search of a 5 MB field run for a minute. */
    @Test
    void aCatastrophicSearchOfAHugeFieldIsCutOffQuickly() {
        String digits = "1".repeat(5_000_000);
        RegexBudget.Outcome outcome = assertTimeoutPreemptively(HANG_GUARD,
                () -> RegexBudget.find(Pattern.compile("\\d+\\d+x"), digits));
        assertThat(outcome).isEqualTo(RegexBudget.Outcome.OVER_BUDGET);
        assertThat(RegexBudget.budget(5_000_000)).isLessThanOrEqualTo(20_000_000L + 10L * 5_000_000);
    }

    @Test
    void shortFieldsGetAGenerousBudget() {
        assertThat(RegexBudget.budget(0)).isEqualTo(100_000);
        assertThat(RegexBudget.budget(200)).isEqualTo(100_000 + 200 * 1_010);
        String sentence = "the customer asked for a refund after the second call about the invoice";
        assertThat(RegexBudget.find(Pattern.compile(".*refund.*invoice"), sentence)).isEqualTo(RegexBudget.Outcome.FOUND);
        assertThat(RegexBudget.find(Pattern.compile(".*chargeback"), sentence.repeat(10)))
                .isEqualTo(RegexBudget.Outcome.NOT_FOUND);
    }

    /** A fixed budget (schema's property names) stops a search that the default would let run longer. */
    @Test
    void aFixedBudgetIsHonouredExactly() {
        Pattern literal = Pattern.compile("abc");
        assertThat(RegexBudget.find(literal, "xxabc", 1_000)).isEqualTo(RegexBudget.Outcome.FOUND);
        assertThat(RegexBudget.find(literal, "xxabc", 2)).isEqualTo(RegexBudget.Outcome.OVER_BUDGET);
        String digits = "1".repeat(5_000); // quadratic: about 12 million reads to find no match
        assertThat(RegexBudget.find(Pattern.compile("\\d+\\d+x"), digits, 100_000))
                .isEqualTo(RegexBudget.Outcome.OVER_BUDGET);
        assertThat(RegexBudget.find(Pattern.compile("\\d+\\d+x"), digits + "x", 1_000_000))
                .isEqualTo(RegexBudget.Outcome.FOUND);
        assertThatThrownBy(() -> RegexBudget.find(literal, "x", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget");
        assertThatThrownBy(() -> RegexBudget.budget(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
