package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FilterValidatorTest {

    private static FilterDefinition.Builder base() {
        return FilterDefinition.builder().name("f").channel(Channel.VOICE).targetGroupId("grp");
    }

    private static List<Violation> withMatcher(Operator operator, Object value) {
        return FilterValidator.create().violations(base().matcher(AttributeMatcher.of("payload.x", operator, value)).build());
    }

    private static List<Violation> withRule(PatternType type, String pattern) {
        return FilterValidator.create().violations(base().patternRule(PatternRule.of(type, "payload.x", pattern)).build());
    }

    static Stream<Arguments> validMatchers() {
        return Stream.of(
                Arguments.of(Operator.EQUALS, "platinum"), Arguments.of(Operator.EQUALS, 300),
                Arguments.of(Operator.EQUALS, true), Arguments.of(Operator.EQUALS, new BigDecimal("300.0")),
                Arguments.of(Operator.NOT_EQUALS, "gold"), Arguments.of(Operator.NOT_EQUALS, 2.5),
                Arguments.of(Operator.GREATER_THAN, 300), Arguments.of(Operator.GREATER_THAN, "300.5"),
                Arguments.of(Operator.GREATER_THAN, -1L), Arguments.of(Operator.LESS_THAN, "1e3"),
                Arguments.of(Operator.LESS_THAN, 9.99), Arguments.of(Operator.CONTAINS, "vip"),
                Arguments.of(Operator.CONTAINS, 7), Arguments.of(Operator.IN, List.of("camp_a", 7, false)));
    }

    @ParameterizedTest
    @MethodSource("validMatchers")
    void everyOperatorAcceptsItsValueKinds(Operator operator, Object value) {
        assertThat(withMatcher(operator, value)).isEmpty();
    }

    static Stream<Arguments> invalidMatchers() {
        return Stream.of(
                Arguments.of(Operator.EQUALS, null, "takes a value; it is missing"),
                Arguments.of(Operator.EQUALS, List.of("a"), "not a list"),
                Arguments.of(Operator.NOT_EQUALS, Map.of("a", 1), "string, number or boolean"),
                Arguments.of(Operator.NOT_EQUALS, Double.NaN, "finite"),
                Arguments.of(Operator.GREATER_THAN, "long", "number or a numeric string"),
                Arguments.of(Operator.GREATER_THAN, true, "number or a numeric string"),
                Arguments.of(Operator.LESS_THAN, List.of(1), "number or a numeric string"),
                Arguments.of(Operator.LESS_THAN, Double.POSITIVE_INFINITY, "number or a numeric string"),
                Arguments.of(Operator.CONTAINS, List.of("vip"), "not a list"),
                Arguments.of(Operator.IN, "camp_a", "takes a list"),
                Arguments.of(Operator.IN, List.of(), "non-empty list"));
    }

    @ParameterizedTest
    @MethodSource("invalidMatchers")
    void everyOperatorRejectsWrongValueKinds(Operator operator, Object value, String message) {
        assertThat(withMatcher(operator, value)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("matchers[0].value");
            assertThat(v.message()).contains(message);
        });
    }

    @Test
    void inReportsTheBadElementByIndex() {
        assertThat(withMatcher(Operator.IN, Arrays.asList("a", null, List.of(1))))
                .extracting(Violation::path).containsExactly("matchers[0].value[1]", "matchers[0].value[2]");
    }

    @Test
    void unknownOrMissingOperatorIsReported() {
        assertThat(withMatcher(Operator.UNKNOWN, "x")).extracting(Violation::path).containsExactly("matchers[0].operator");
        assertThat(withMatcher(null, "x")).extracting(Violation::path).containsExactly("matchers[0].operator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"^skill_premium_.*$", "refund|chargeback", "premium", "(ab|cd)+", "\\d{3}-\\d{4}",
        "[a-z]+@[a-z]+\\.com", "(?i)vip", "(a{2})+", "^(?:foo|bar)$", "[^,]*,[^,]*", "a.*b.*c", "(\\d{3}-)+",
        "\\Qa+b\\E+", "(?<year>\\d{4})-(?<m>\\d{2})"})
    void safeRegexesAreAccepted(String regex) {
        assertThat(withRule(PatternType.REGEX, regex)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+", "(a*)*", "(a|a)*", "(.*a){12}", "^(\\w+\\s?)*$", "(a|ab)+", "((ab)*c)+",
        "^([a-zA-Z0-9]+\\.)+com$", "(\\d|[0-9])+", "(x+x+)+y", "(a|)+", "(?:a?)+", "(.*)*$", "(?=(a+)+)b",
        "(\\w+)\\1+", "([a-z]+)*@", "(a|b|ab)*c"})
    void reDosProneRegexesAreRejected(String regex) {
        assertThat(withRule(PatternType.REGEX, regex)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("pattern_rules[0].pattern");
            assertThat(v.message()).startsWith("regex is unsafe");
        });
    }

    /**
     * Three or more adjacent unbounded quantifiers over overlapping characters are polynomial of
     * degree four or more with find(): {@code \d*\d*\d*\d*\d*\d*x} takes minutes on a 100-digit string.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\\d*\\d*\\d*\\d*\\d*\\d*x", ".*.*.*=.*", "\\w+\\d+\\w*x", "^[a-z]*[a-c]+\\w*$",
        "\\d+\\b\\d*\\d+x"})
    void runsOfThreeAdjacentOverlappingQuantifiersAreRejected(String regex) {
        assertThat(withRule(PatternType.REGEX, regex)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("pattern_rules[0].pattern");
            assertThat(v.message()).startsWith("regex is unsafe");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\d+\\d+", "[a-z]*[0-9]*[A-Z]*", ".*a.*b.*c", "\\d*-\\d*-\\d*", "x{2,}y{3,}z+"})
    void adjacentQuantifiersThatCannotShareCharactersOrAreFewAreAccepted(String regex) {
        assertThat(withRule(PatternType.REGEX, regex)).isEmpty();
    }

    @Test
    void regexThatDoesNotCompileOrIsTooLongIsRejected() {
        assertThat(withRule(PatternType.REGEX, "(unclosed")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("regex does not compile"));
        assertThat(withRule(PatternType.REGEX, "a".repeat(513))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("longer than 512"));
        assertThat(withRule(PatternType.REGEX, "a".repeat(512))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "10.1.2.3/32", "0.0.0.0/0", "2001:db8::/32", "::/0", "::1/128",
        "::ffff:0:0/96", "fe80::/64", "1:2:3:4:5:6:7:8/128"})
    void validCidrBlocksAreAccepted(String block) {
        assertThat(withRule(PatternType.CIDR, block)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "2001:db8::/129", "300.0.0.0/8", "example.com/8",
        "10.0.0.0/-1", "10.0.0.0/", "10.0.0/8", "0010.0.0.0/8", "1:2:3:4:5:6:7:8:9/64", "1::2::3/64",
        "2001:db8::g/32", "fe80::1%eth0/64", " 10.0.0.0/8", "10.1.2.3/8", "fe80::1:2:3:4/64", "::ffff:10.0.0.0/104",
        "010.0.0.0/8"})
    void invalidCidrBlocksAreRejected(String block) {
        assertThat(withRule(PatternType.CIDR, block)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("pattern_rules[0].pattern");
            assertThat(v.message()).startsWith("CIDR block");
        });
    }

    @Test
    void prefixMustNotBeEmpty() {
        assertThat(withRule(PatternType.PREFIX, "team1-")).isEmpty();
        assertThat(withRule(PatternType.PREFIX, "")).extracting(Violation::path)
                .containsExactly("pattern_rules[0].pattern");
        assertThat(withRule(PatternType.PREFIX, null)).extracting(Violation::path)
                .containsExactly("pattern_rules[0].pattern");
    }

    @Test
    void unknownPatternTypeIsReported() {
        assertThat(withRule(PatternType.UNKNOWN, "x")).extracting(Violation::path)
                .containsExactly("pattern_rules[0].type");
    }

    @Test
    void validateThrowsListingEveryProblemWithItsPath() {
        FilterDefinition filter = FilterDefinition.builder().name(" ").channel(Channel.UNKNOWN)
                .matcher(AttributeMatcher.of("payload.ok", Operator.EQUALS, "x"))
                .matcher(AttributeMatcher.of("payload..bad", Operator.IN, "not-a-list"))
                .patternRule(PatternRule.of(PatternType.REGEX, "payload.s", "(a+)+"))
                .patternRule(PatternRule.of(PatternType.CIDR, "", "10.0.0.0/99"))
                .targetGroupId("").build();

        ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
                () -> FilterValidator.create().validate(filter));

        assertThat(e.violations()).extracting(Violation::path).containsExactly(
                "channel", "matchers[1].attribute", "matchers[1].value", "name",
                "pattern_rules[0].pattern", "pattern_rules[1].field", "pattern_rules[1].pattern", "target_group_id");
        assertThat(e.getMessage()).contains("8 violations");
    }

    @Test
    void validFilterPasses() {
        FilterDefinition filter = base()
                .matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, "platinum"))
                .patternRule(PatternRule.of(PatternType.REGEX, "payload.skillId", "^skill_premium_.*$"))
                .build();
        assertThatCode(() -> FilterValidator.create().validate(filter)).doesNotThrowAnyException();
    }
}
