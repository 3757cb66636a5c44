package io.github.cxonesdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile patterns and values against the simulator's matcher: the same budget and numeric rules
 * as the SDK engine (API.md "Event-processing filters"). The time limits are generous hang guards;
 * before the fixes each case ran for tens of seconds or minutes.
 */
class FilterMatcherHostileTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static FilterMatcher regexFilter(String pattern) {
        ObjectNode filter = Json.parseObject("{\"name\":\"f\",\"channel\":\"voice\",\"pattern_rules\":"
                + "[{\"type\":\"regex\",\"field\":\"payload.s\",\"pattern\":" + Json.write(Json.mapper().valueToTree(pattern))
                + "}]}");
        FilterValidator.validate(filter);
        return FilterMatcher.compile(filter);
    }

    private static ObjectNode event(String field) {
        ObjectNode event = Json.object().put("channel", "voice");
        event.putObject("payload").put("s", field);
        return event;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(\\d*)(\\d*)(\\d*)(\\d*)x | 1 | 200",
        "\\d*a?\\d*a?\\d*a?\\d*z | 1 | 200",
        ".*a.*a.*a.*a.*a.*a.*b | a | 200",
        "a{0,1000}a{0,1000}a{0,1000}a{0,1000}b | a | 200",
        "\\d+\\d+x | 1 | 20000"})
    void catastrophicSearchesCountAsNoMatchAndAreCounted(String pattern, String unit, int length) {
        FilterMatcher matcher = regexFilter(pattern);
        ObjectNode event = event(unit.repeat(length));
        boolean matched = assertTimeoutPreemptively(HANG_GUARD, () -> matcher.matches(event));
        assertThat(matched).isFalse();
        assertThat(matcher.budgetExceeded()).isEqualTo(1);
    }

    @Test
    void ordinarySearchesStayWithinBudget() {
        FilterMatcher matcher = regexFilter("^skill_premium_.*$");
        assertThat(matcher.matches(event("skill_premium_" + "x".repeat(100_000)))).isTrue();
        assertThat(matcher.matches(event("skill_basic"))).isFalse();
        assertThat(matcher.budgetExceeded()).isZero();
    }

    @Test
    void megabyteNumericStringsAreReadInLinearTime() {
        String huge = "1" + "0".repeat(2_000_000);
        BigDecimal value = assertTimeoutPreemptively(HANG_GUARD, () -> Json.numeric(Json.mapper().valueToTree(huge)));
        assertThat(value).isEqualByComparingTo(BigDecimal.ONE.scaleByPowerOfTen(2_000_000));
        String nearlyOne = "1." + "0".repeat(2_000_000) + "1";
        BigDecimal above = assertTimeoutPreemptively(HANG_GUARD, () -> Json.numeric(Json.mapper().valueToTree(nearlyOne)));
        assertThat(above).isGreaterThan(BigDecimal.ONE).isLessThan(new BigDecimal("1.0000001"));
        assertThat(Json.numeric(Json.mapper().valueToTree("-" + "9".repeat(1_500_000)))).isNegative();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"' 5'", "'5 '", "+5", ".5", "5.", "05", "NaN", "Infinity", "-", "1e", "0x10", "'\u0665'"})
    void onlyJsonNumberSyntaxIsNumeric(String text) {
        assertThat(Json.numeric(Json.mapper().valueToTree(text))).isNull();
    }

    @ParameterizedTest
    @CsvSource({"0", "-0", "300", "-1.5", "2e3", "2E+3", "1e-999999999", "0.000"})
    void jsonNumberSyntaxIsNumeric(String text) {
        assertThat(Json.numeric(Json.mapper().valueToTree(text))).isEqualByComparingTo(new BigDecimal(text));
    }

    @Test
    void ipv4WithLeadingZerosIsNotAnAddress() {
        assertThat(IpBlock.address("010.0.0.1")).isNull();
        assertThat(IpBlock.address("10.0.0.1")).hasSize(4);
        assertThat(IpBlock.address("0.0.0.0")).hasSize(4);
    }
}
