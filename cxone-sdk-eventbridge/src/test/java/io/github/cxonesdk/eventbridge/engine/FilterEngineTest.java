package io.github.cxonesdk.eventbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.eventbridge.AttributeMatcher;
import io.github.cxonesdk.eventbridge.Channel;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.Operator;
import io.github.cxonesdk.eventbridge.PatternRule;
import io.github.cxonesdk.eventbridge.PatternType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FilterEngineTest {
    private static final FilterDefinition PLATINUM = FilterDefinition.builder()
            .name("platinum_voice_routing").channel(Channel.VOICE)
            .matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, "platinum"))
            .matcher(AttributeMatcher.of("payload.handleTime", Operator.GREATER_THAN, 300))
            .patternRule(PatternRule.of(PatternType.REGEX, "payload.skillId", "^skill_premium_.*$"))
            .targetGroupId("grp_downstream_processor_01").build();
    private static final FilterDefinition OFFICE = FilterDefinition.builder()
            .name("office_ip").channel(Channel.VOICE)
            .patternRule(PatternRule.of(PatternType.CIDR, "payload.customer.ip", "10.0.0.0/8"))
            .targetGroupId("grp_office").build();
    private static final String EVENT = """
            {"eventId": "e-123", "sequence": 4711, "type": "interaction.completed",
             "timestamp": "2026-05-20T14:03:11Z", "channel": "voice",
             "payload": {"interactionId": "i-1", "campaignId": "camp_xyz", "handleTime": 245.0, "waitTime": 31.5,
                         "skillId": "skill_premium_sales", "customer": {"tier": "platinum", "ip": "10.1.2.3"},
                         "agentId": "u1"}}
            """;

    private final FilterEngine engine = FilterEngine.compile(List.of(PLATINUM, OFFICE));

    @Test
    void evaluateReturnsMatchingFiltersAndTheirGroups() {
        EvaluationResult result = engine.evaluate(EVENT.replace("245.0", "301"));

        assertThat(result.filterIds()).containsExactly("platinum_voice_routing", "office_ip");
        assertThat(result.targetGroupIds()).containsExactly("grp_downstream_processor_01", "grp_office");
        assertThat(result.matched("office_ip")).isTrue();
    }

    @Test
    void explainShowsTheFailedConditionOfANearMissWithTheActualValue() {
        Explanation explanation = engine.explain(EVENT);

        FilterExplanation platinum = explanation.filter("platinum_voice_routing").orElseThrow();
        assertThat(platinum.matched()).isFalse();
        assertThat(platinum.nearMiss()).isTrue();
        assertThat(platinum.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo("matchers[1]");
            assertThat(failure.field()).isEqualTo("payload.handleTime");
            assertThat(failure.test()).isEqualTo("greater_than");
            assertThat(failure.expected()).isEqualTo("300");
            assertThat(failure.actual()).isEqualTo("245");
        });
        assertThat(platinum.outcomes()).extracting(ConditionOutcome::condition)
                .containsExactly("channel", "matchers[0]", "matchers[1]", "pattern_rules[0]");
        assertThat(platinum.outcomes().get(1).actual()).isEqualTo("\"platinum\"");
        assertThat(platinum.toString()).contains("matchers[1] payload.handleTime greater_than 300: actual 245 -> FAIL");
        assertThat(explanation.matchedIds()).containsExactly("office_ip");
        assertThat(explanation.nearMisses()).extracting(FilterExplanation::filterId)
                .containsExactly("platinum_voice_routing");
    }

    @Test
    void explainReportsAMissingFieldAndAWrongChannel() {
        Explanation explanation = engine.explain("{\"channel\": \"chat\", \"payload\": {}}");

        FilterExplanation office = explanation.filter("office_ip").orElseThrow();
        assertThat(office.failures()).extracting(ConditionOutcome::condition).containsExactly("channel", "pattern_rules[0]");
        assertThat(office.failures().get(0).actual()).isEqualTo("\"chat\"");
        assertThat(office.failures().get(1).present()).isFalse();
        assertThat(office.failures().get(1).toString()).contains("actual <missing> -> FAIL");
    }

    @Test
    void replayPredictsHitCountsAndRatios() {
        List<String> sample = List.of(EVENT, EVENT.replace("245.0", "301"), EVENT.replace("10.1.2.3", "11.0.0.1"),
                "{\"channel\": \"voice\"}", "not json");

        ReplayReport report = engine.replay(sample);

        assertThat(report.events()).isEqualTo(4);
        assertThat(report.malformed()).isEqualTo(1);
        assertThat(report.eventsMatchingAny()).isEqualTo(2);
        assertThat(report.filter("platinum_voice_routing").orElseThrow().hits()).isEqualTo(1);
        assertThat(report.filter("office_ip").orElseThrow().hits()).isEqualTo(2);
        assertThat(report.filter("office_ip").orElseThrow().ratio()).isEqualTo(0.5);
        assertThat(report.filter("office_ip").orElseThrow().targetGroupId()).isEqualTo("grp_office");
        assertThat(engine.replayBytes(List.of(EVENT.getBytes(java.nio.charset.StandardCharsets.UTF_8))).filter("office_ip")
                .orElseThrow().hits()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsRejectedWithoutQuotingThePayload() {
        assertThatThrownBy(() -> engine.evaluate("{\"channel\": \"voice\", \"secret\": tok3n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("event is not valid JSON")
                .hasMessageNotContaining("tok3n");
        assertThatThrownBy(() -> engine.evaluate("{\"channel\": \"voice\", \"skipped\": {\"a\": [1, }}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonObjectEventsMatchNothing() {
        assertThat(engine.evaluate("[1, 2]").isEmpty()).isTrue();
        assertThat(engine.evaluate("\"voice\"").isEmpty()).isTrue();
    }

    @Test
    void duplicateKeysResolveToTheLastOneLikeTheTreeModel() {
        String event = "{\"channel\": \"voice\", \"payload\": {\"customer\": {\"ip\": \"10.0.0.1\"}},"
                + " \"payload\": {\"other\": 1}}";
        assertThat(engine.evaluate(event).isEmpty()).isTrue();
        assertThat(engine.evaluate(event.replace("\"other\": 1", "\"customer\": {\"ip\": \"10.9.9.9\"}"))
                .filterIds()).containsExactly("office_ip");
    }

    @Test
    void compileReportsEveryViolationOfEveryFilterPrefixedWithItsId() {
        FilterDefinition bad = PLATINUM.toBuilder().channel(Channel.UNKNOWN)
                .patternRules(List.of(PatternRule.of(PatternType.REGEX, "payload.s", "(a+)+"))).build();

        assertThatThrownBy(() -> FilterEngine.compile(Map.of("f-1", bad)))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("[f-1].channel", "[f-1].pattern_rules[0].pattern"));
        assertThatThrownBy(() -> FilterEngine.compile(List.of(PLATINUM, PLATINUM)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platinum_voice_routing");
    }

    @Test
    void evaluatesConcurrentlyWithConsistentResults() throws Exception {
        String hit = EVENT.replace("245.0", "301");
        String miss = EVENT.replace("10.1.2.3", "2001:db8::1").replace("platinum", "gold");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int k = 0; k < 5_000; k++) {
                        boolean even = k % 2 == 0;
                        EvaluationResult result = engine.evaluate(even ? hit : miss);
                        wrong += result.filterIds().size() == (even ? 2 : 0) ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
