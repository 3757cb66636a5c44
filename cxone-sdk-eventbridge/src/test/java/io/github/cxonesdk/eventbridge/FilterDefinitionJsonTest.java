package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FilterDefinitionJsonTest {
    private static final String API_EXAMPLE = """
            {"name": "platinum_voice_routing", "description": "d", "channel": "voice",
             "matchers": [{"attribute": "customer.tier", "operator": "equals", "value": "platinum"},
                          {"attribute": "interaction.duration_seconds", "operator": "greater_than", "value": 300},
                          {"attribute": "x", "operator": "in", "value": ["a", 7, 2.5, true]},
                          {"attribute": "y", "operator": "greater_than", "value": 0.1000000000000000000001}],
             "pattern_rules": [{"type": "regex", "field": "agent.skill_id", "pattern": "^skill_premium_.*$"}],
             "target_group_id": "grp_downstream_processor_01",
             "id": "f-1", "etag": "\\"3\\"", "status": "ACTIVE"}
            """;

    @Test
    void readsTheApiExampleWithNaturalValueTypes() {
        FilterDefinition filter = CxoneJson.mapper().readValue(API_EXAMPLE, FilterDefinition.class);

        assertThat(filter.name()).isEqualTo("platinum_voice_routing");
        assertThat(filter.channel()).isEqualTo(Channel.VOICE);
        assertThat(filter.matchers()).extracting(AttributeMatcher::operator)
                .containsExactly(Operator.EQUALS, Operator.GREATER_THAN, Operator.IN, Operator.GREATER_THAN);
        assertThat(filter.matchers().get(1).value()).isEqualTo(300);
        assertThat(filter.matchers().get(2).value()).isEqualTo(List.of("a", 7, new BigDecimal("2.5"), true));
        // decimals read exactly: a double would round this to 0.1
        assertThat(filter.matchers().get(3).value()).isEqualTo(new BigDecimal("0.1000000000000000000001"));
        assertThat(filter.patternRules()).containsExactly(
                PatternRule.of(PatternType.REGEX, "agent.skill_id", "^skill_premium_.*$"));
        assertThat(filter.targetGroupId()).isEqualTo("grp_downstream_processor_01");
    }

    @Test
    void writesSnakeCaseAndLowerCaseEnums() {
        FilterDefinition filter = FilterDefinition.builder().name("n").channel(Channel.SMS)
                .matcher(AttributeMatcher.of("a.b", Operator.NOT_EQUALS, new BigDecimal("1.50")))
                .patternRule(PatternRule.of(PatternType.CIDR, "ip", "10.0.0.0/8"))
                .targetGroupId("g").build();

        JsonNode json = CxoneJson.mapper().valueToTree(filter);

        assertThat(json.get("channel").asString()).isEqualTo("sms");
        assertThat(json.get("matchers").get(0).get("operator").asString()).isEqualTo("not_equals");
        assertThat(json.get("pattern_rules").get(0).get("type").asString()).isEqualTo("cidr");
        assertThat(json.get("target_group_id").asString()).isEqualTo("g");
        assertThat(json.has("patternRules")).isFalse();
        assertThat(json.has("toBuilder")).isFalse();
        assertThat(CxoneJson.mapper().treeToValue(json, FilterDefinition.class)).isEqualTo(filter);
    }

    @Test
    void unknownEnumValuesReadAsUnknownAndFailValidation() {
        String json = """
                {"name": "n", "channel": "fax",
                 "matchers": [{"attribute": "a", "operator": "starts_with", "value": "x"}],
                 "pattern_rules": [{"type": "glob", "field": "f", "pattern": "*"}]}
                """;

        FilterDefinition filter = CxoneJson.mapper().readValue(json, FilterDefinition.class);

        assertThat(filter.channel()).isEqualTo(Channel.UNKNOWN);
        assertThat(filter.matchers().get(0).operator()).isEqualTo(Operator.UNKNOWN);
        assertThat(filter.patternRules().get(0).type()).isEqualTo(PatternType.UNKNOWN);
        assertThat(FilterValidator.create().violations(filter)).extracting(v -> v.path())
                .contains("channel", "matchers[0].operator", "pattern_rules[0].type");
    }

    @Test
    void missingListsBecomeEmptyAndToBuilderRoundTrips() {
        FilterDefinition filter = new FilterDefinition("n", null, Channel.WEB, null, null, null);

        assertThat(filter.matchers()).isEmpty();
        assertThat(filter.patternRules()).isEmpty();
        assertThat(filter.toBuilder().build()).isEqualTo(filter);
        AttributeMatcher matcher = AttributeMatcher.builder().attribute("a").operator(Operator.IN)
                .value(List.of("x")).build();
        assertThat(matcher.toBuilder().build()).isEqualTo(matcher);
        PatternRule rule = PatternRule.builder().type(PatternType.PREFIX).field("f").pattern("p").build();
        assertThat(rule.toBuilder().build()).isEqualTo(rule);
    }
}
