package io.github.cxonesdk.eventbridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexSafetyTest {

    /**
     * Shapes that each took 8-25 s on a 200-character field before the overlapping-run rule saw
     * through groups, optional separators, separators the quantifiers also match, and wide bounded
     * quantifiers.
     */
    @ParameterizedTest
    @ValueSource(strings = {"(\\d*)(\\d*)(\\d*)(\\d*)x", "\\d*a?\\d*a?\\d*a?\\d*z", ".*a.*a.*a.*a.*a.*a.*b",
        "a{0,1000}a{0,1000}a{0,1000}a{0,1000}b", "(?:\\d*)(?:\\d+)(\\d*)x", "a*\\d*\\d*\\d*x", "\\d*x*\\d*x*\\d*z",
        "(?:ab)*(?:ab)*(?:ab)*c", "[0-9]{0,64}\\d{2,40}\\w{1,}!"})
    void overlappingRunsHiddenByGroupsSeparatorsOrBoundsAreRejected(String regex) {
        assertThat(RegexSafety.problems(regex)).singleElement().asString().contains("overlapping quantifiers");
    }

    @Test
    void manyNarrowOptionalRepetitionsAreRejected() {
        assertThat(RegexSafety.problems("a?".repeat(30) + "a".repeat(30))).singleElement().asString()
                .contains("too many optional repetitions");
        assertThat(RegexSafety.problems("a?".repeat(8) + "a".repeat(8))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\d+\\d+x", ".*foo.*bar", "^skill_premium_.*$", "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}",
        "[a-z]*[0-9]*[A-Z]*", "a.*b.*c", ".*a.*b.*c", "(?i)^vip_.*", "^\\+?1?\\s?\\(?\\d{3}\\)?[ -]?\\d{3}-\\d{4}$",
        "x{2,}y{3,}z+", "\\w+@\\w+\\.com"})
    void ordinaryPatternsAreAccepted(String regex) {
        assertThat(RegexSafety.problems(regex)).isEmpty();
    }

    @Test
    void everyPatternWithinTheLengthLimitIsAnalysedWithoutFailing() {
        // the parser must not throw on any compiled pattern, however odd
        for (String regex : new String[] {"\\Q\\E", "(?<n>a)\\k<n>", "[\\p{L}&&[^a]]", "\\x{1F600}+", "(?-i:a)",
            "\\", "[]a]", "a{,3}", "\\0101", "\\cA", "\\N{LATIN SMALL LETTER A}", "(?=a)(?!b)(?<=c)(?<!d)"}) {
            try {
                Pattern.compile(regex);
            } catch (RuntimeException e) {
                continue;
            }
            assertThat(RegexSafety.problems(regex)).as(regex).isNotNull();
        }
    }
}
