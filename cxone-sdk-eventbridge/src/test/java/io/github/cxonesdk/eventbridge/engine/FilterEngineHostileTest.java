package io.github.cxonesdk.eventbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.AttributeMatcher;
import io.github.cxonesdk.eventbridge.Channel;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.Operator;
import io.github.cxonesdk.eventbridge.PatternRule;
import io.github.cxonesdk.eventbridge.PatternType;
import io.github.cxonesdk.eventbridge.engine.internal.CompiledEngine;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile events and patterns. Time limits are generous hang guards for a loaded machine: before
 * the fixes these cases ran out of memory or took from seconds to minutes.
 */
class FilterEngineHostileTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final FilterDefinition BIG_A = FilterDefinition.builder().name("big_a").channel(Channel.VOICE)
            .matcher(AttributeMatcher.of("a", Operator.GREATER_THAN, 1)).build();
    /** Allowed by the static check (two overlapping quantifiers) but slow on long fields: the budget bounds it. */
    private static final FilterDefinition SLOW_REGEX = FilterDefinition.builder().name("slow").channel(Channel.VOICE)
            .patternRule(PatternRule.of(PatternType.REGEX, "s", "\\d+\\d+x")).build();
    private static final String SLOW_EVENT = "{\"channel\":\"voice\",\"s\":\"" + "1".repeat(20_000) + "\"}";

    private final FilterEngine engine = FilterEngine.compile(List.of(BIG_A, SLOW_REGEX));

    @Test
    void explainRendersTinyAndHugeNumbersWithoutExpandingThem() {
        Explanation tiny = assertTimeoutPreemptively(HANG_GUARD,
                () -> engine.explain("{\"channel\":\"voice\",\"a\":1e-999999999}"));
        ConditionOutcome outcome = tiny.filter("big_a").orElseThrow().outcomes().get(1);
        assertThat(outcome.actual()).isEqualTo("1E-999999999");
        assertThat(outcome.passed()).isFalse();
        Explanation huge = engine.explain("{\"channel\":\"voice\",\"a\":\"1e999999999\"}");
        assertThat(huge.filter("big_a").orElseThrow().matched()).isTrue();
        assertThat(engine.explain("{\"channel\":\"voice\",\"a\":245.50}").filter("big_a").orElseThrow()
                .outcomes().get(1).actual()).isEqualTo("245.5");
    }

    @Test
    void megabyteNumericStringsAreReadInLinearTimeOnEveryEntryPoint() {
        String huge = "{\"channel\":\"voice\",\"a\":\"1" + "0".repeat(2_000_000) + "\"}";
        String below = "{\"channel\":\"voice\",\"a\":\"0." + "0".repeat(2_000_000) + "1\"}";
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThat(engine.evaluate(huge).matched("big_a")).isTrue();
            assertThat(engine.evaluate(huge.getBytes(StandardCharsets.UTF_8)).matched("big_a")).isTrue();
            assertThat(engine.evaluate(CxoneJson.mapper().readTree(huge)).matched("big_a")).isTrue();
            assertThat(engine.explain(huge).matchedIds()).containsExactly("big_a");
            assertThat(engine.evaluate(below).matched("big_a")).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"channel\":\"voice\",\"a\":5} garbage", "{\"channel\":\"voice\",\"a\":5}{\"a\":1}",
        "{\"channel\":\"voice\",\"a\":5} 7", "{\"channel\":\"voice\",\"a\":5", "", "   ", "\n", "\uFEFF", "nul",
        "{\"channel\":\"voice\",\"a\":5}]"})
    void everyTextAndBytesEntryPointRejectsAnythingButOneJsonValue(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (Function<FilterEngine, Object> call : List.<Function<FilterEngine, Object>>of(e -> e.evaluate(event),
                e -> e.evaluate(bytes), e -> e.explain(event), e -> e.explain(bytes))) {
            assertThatThrownBy(() -> call.apply(engine)).isInstanceOf(MalformedEventException.class)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("garbage");
        }
        ReplayReport report = engine.replay(List.of(event));
        assertThat(report.malformed()).isEqualTo(1);
        assertThat(engine.replayBytes(List.of(bytes)).malformed()).isEqualTo(1);
    }

    @Test
    void deeplyNestedEventsAreMalformedNotAStackOverflow() {
        String deep = "{\"channel\":\"voice\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        for (String event : List.of(deep, deepObjects)) {
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                assertThatThrownBy(() -> engine.evaluate(event)).isInstanceOf(MalformedEventException.class);
                assertThatThrownBy(() -> engine.evaluate(event.getBytes(StandardCharsets.UTF_8)))
                        .isInstanceOf(MalformedEventException.class);
            });
        }
        assertThat(engine.evaluate("{\"channel\":\"voice\",\"a\":5}").filterIds()).containsExactly("big_a");
    }

    @Test
    void aByteOrderMarkIsSkippedByTextAndBytesAlike() {
        String event = "\uFEFF{\"channel\":\"voice\",\"a\":5}  \n";
        assertThat(engine.evaluate(event).filterIds()).containsExactly("big_a");
        assertThat(engine.evaluate(event.getBytes(StandardCharsets.UTF_8)).filterIds()).containsExactly("big_a");
        assertThat(engine.explain(event).matchedIds()).containsExactly("big_a");
        assertThat(engine.evaluate("7").isEmpty()).isTrue(); // one JSON value that is not an object: no match
    }

    @Test
    void aRegexOverBudgetCountsAsNoMatchAndIsReportedEverywhere() {
        EvaluationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> engine.evaluate(SLOW_EVENT));
        assertThat(result.matched("slow")).isFalse();
        assertThat(result.budgetExceeded()).isEqualTo(1);
        assertThat(result.complete()).isFalse();
        assertThat(engine.budgetExceededCount()).isEqualTo(1);

        Explanation explanation = engine.explain(SLOW_EVENT.getBytes(StandardCharsets.UTF_8));
        assertThat(explanation.budgetExceeded()).isEqualTo(1);
        assertThat(explanation.filter("slow").orElseThrow().firstFailure().orElseThrow())
                .satisfies(o -> assertThat(o.budgetExceeded()).isTrue())
                .hasToString("pattern_rules[0] s regex \"\\\\d+\\\\d+x\": actual \"" + "1".repeat(20_000)
                        + "\" -> FAIL (regex budget exceeded)");
        assertThat(engine.budgetExceededCount()).isEqualTo(2);

        ReplayReport report = engine.replay(List.of(SLOW_EVENT, "{\"channel\":\"voice\",\"s\":\"11x\"}"));
        assertThat(report.eventsOverBudget()).isEqualTo(1);
        assertThat(report.filter("slow").orElseThrow().hits()).isEqualTo(1);
        assertThat(engine.budgetExceededCount()).isEqualTo(3);
        assertThat(engine.evaluate("{\"channel\":\"voice\",\"s\":\"11x\"}").complete()).isTrue();
    }

    @Test
    void replayTreesCountsHitsAndNeverMalformedEvents() {
        ReplayReport report = engine.replayTrees(List.of(CxoneJson.mapper().readTree("{\"channel\":\"voice\",\"a\":5}"),
                CxoneJson.mapper().readTree("{\"channel\":\"voice\",\"a\":0}"), CxoneJson.mapper().readTree("[1]")));
        assertThat(report.events()).isEqualTo(3);
        assertThat(report.malformed()).isZero();
        assertThat(report.eventsMatchingAny()).isEqualTo(1);
        assertThat(report.filter("big_a").orElseThrow().hits()).isEqualTo(1);
        assertThat(report.filter("big_a").orElseThrow().ratio()).isEqualTo(1.0 / 3);
    }

    @Test
    void replayLetsFailuresOtherThanMalformedEventsPropagate() {
        List<String> events = Arrays.asList("{\"channel\":\"voice\",\"a\":5}", null);
        assertThatThrownBy(() -> engine.replay(events)).isInstanceOf(NullPointerException.class);
    }

    /** A ThreadLocal would pin the scratch buffers, and through their class the class loader, to every thread that evaluated. */
    @Test
    void theEngineKeepsNoThreadLocalState() {
        for (Class<?> type = CompiledEngine.class; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                assertThat(ThreadLocal.class.isAssignableFrom(field.getType())).as(field.toString()).isFalse();
            }
        }
        for (Field field : FilterEngine.class.getDeclaredFields()) {
            assertThat(ThreadLocal.class.isAssignableFrom(field.getType())).as(field.toString()).isFalse();
        }
    }
}
