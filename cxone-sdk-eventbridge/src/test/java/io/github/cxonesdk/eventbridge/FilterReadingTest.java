package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one way to read filters from files ({@link FilterYaml#read}, {@link FilterYaml#readDefinition}): every
 * binding problem is a {@link ModelValidationException} violation with its path, never a raw Jackson exception.
 */
class FilterReadingTest {
    private static ModelValidationException invalid(Runnable read) {
        try {
            read.run();
        } catch (ModelValidationException e) {
            return e;
        }
        throw new AssertionError("no ModelValidationException");
    }

    private static List<String> paths(ModelValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void read_acceptsTheSameDocumentAsJson() {
        String json = """
                {"filters": [{"name": "vip", "channel": "voice",
                  "matchers": [{"attribute": "payload.tier", "operator": "equals", "value": "platinum"}],
                  "pattern_rules": [{"type": "prefix", "field": "payload.skill", "pattern": "s_"}],
                  "target_group_id": "g"}]}
                """;

        List<FilterDefinition> read = FilterYaml.read(json);

        assertThat(read).containsExactly(FilterDefinition.builder().name("vip").channel(Channel.VOICE)
                .matcher(AttributeMatcher.of("payload.tier", Operator.EQUALS, "platinum"))
                .patternRule(PatternRule.of(PatternType.PREFIX, "payload.skill", "s_"))
                .targetGroupId("g").build());
        assertThat(FilterYaml.read(FilterYaml.export(read))).isEqualTo(read);
    }

    @Test
    void read_nullElementsAndWrongTypes_areViolationsWithTheirPaths_andEveryEntryIsReported() {
        String json = """
                {"filters": [
                  {"name": "a", "channel": "voice", "matchers": [{"attribute": "x", "operator": "equals", "value": 1}, null]},
                  null,
                  {"name": "c", "channel": "voice", "pattern_rules": "not a list"},
                  {"name": "d", "channel": ["voice"]},
                  {"name": "", "channel": "voice"}]}
                """;

        ModelValidationException e = invalid(() -> FilterYaml.read(json));

        assertThat(paths(e)).contains("filters[0].matchers[1]", "filters[1]", "filters[2].pattern_rules",
                "filters[3].channel", "filters[4].name");
        assertThat(e.getMessage()).doesNotContain("NullPointerException").doesNotContain("tools.jackson");
        assertThat(e.violations()).filteredOn(v -> v.path().equals("filters[2].pattern_rules"))
                .extracting(Violation::message).containsExactly("must be an array");
    }

    @Test
    void read_malformedText_isAViolation_notAJacksonException() {
        assertThat(invalid(() -> FilterYaml.read("{\"filters\": [")).getMessage()).contains("not valid JSON");
        assertThat(invalid(() -> FilterYaml.read("filters: [unclosed\n")).getMessage()).contains("not valid YAML");
        assertThat(paths(invalid(() -> FilterYaml.read("[1, 2]")))).containsExactly("filters");
        assertThat(paths(invalid(() -> FilterYaml.read("")))).containsExactly("filters");
        assertThat(invalid(() -> FilterYaml.read("{\"filters\": []} garbage")).getMessage()).contains("not valid JSON");
        assertThat(invalid(() -> FilterYaml.read("{\"filters\": []}{\"filters\": []}")).getMessage())
                .contains("not valid JSON");
        assertThat(invalid(() -> FilterYaml.read("filters: []\n---\nfilters: []\n")).getMessage())
                .contains("not valid YAML");
    }

    @Test
    void readDefinition_readsOneFilterFromJsonOrYaml() {
        FilterDefinition expected = FilterDefinition.builder().name("vip").channel(Channel.CHAT)
                .matcher(AttributeMatcher.of("payload.wait", Operator.LESS_THAN, 10)).build();

        assertThat(FilterYaml.readDefinition("""
                {"name": "vip", "channel": "chat",
                 "matchers": [{"attribute": "payload.wait", "operator": "less_than", "value": 10}]}
                """)).isEqualTo(expected);
        assertThat(FilterYaml.readDefinition("""
                name: vip
                channel: chat
                matchers:
                - attribute: payload.wait
                  operator: less_than
                  value: 10
                """)).isEqualTo(expected);
    }

    @Test
    void readDefinition_reportsBindingAndRuleViolationsTogether() {
        ModelValidationException e = invalid(() -> FilterYaml.readDefinition("""
                {"name": "x", "channel": "voice", "matchers": [null], "pattern_rules": [{"type": "regex",
                 "field": "a", "pattern": {"nested": true}}]}
                """));
        assertThat(paths(e)).containsExactly("matchers[0]", "pattern_rules[0].pattern");

        ModelValidationException rules = invalid(() -> FilterYaml.readDefinition("{\"name\": \" \", \"channel\": \"tv\"}"));
        assertThat(paths(rules)).containsExactly("channel", "name");
        assertThat(paths(invalid(() -> FilterYaml.readDefinition("- 1\n- 2\n")))).containsExactly("");
        assertThat(paths(invalid(() -> FilterYaml.readDefinition("null")))).containsExactly("");
    }

    @Test
    void read_hostileInput_isAViolationQuickly_neverAStackOverflowOrAHugeMessage() {
        String deepJson = "{\"filters\": [" + "[".repeat(100_000) + "]".repeat(100_000) + "]}";
        String deepYaml = "filters:\n- " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        String hugeKey = "x".repeat(1_000_000);
        String hugeName = "{\"filters\": [{\"name\": \"n\", \"channel\": \"voice\", \"matchers\": {\"" + hugeKey + "\": 1}}]}";
        String hugeNested = "{\"filters\": [{\"name\": \"n\", \"channel\": \"voice\", \"matchers\": [{\"" + hugeKey
                + "\": 1, \"attribute\": []}]}]}";

        assertThat(invalid(() -> FilterYaml.read(deepJson)).getMessage()).contains("not valid JSON").hasSizeLessThan(1_000);
        assertThat(invalid(() -> FilterYaml.read(deepYaml)).getMessage()).hasSizeLessThan(1_000);
        assertThat(invalid(() -> FilterYaml.read(hugeName)).getMessage()).hasSizeLessThan(1_000);
        assertThat(invalid(() -> FilterYaml.read(hugeNested)).getMessage()).hasSizeLessThan(1_000);
    }

    @Test
    void read_unknownFields_areViolations_butTheServicesOwnFieldsAreIgnored() {
        ModelValidationException e = invalid(() -> FilterYaml.read("""
                filters:
                - name: a
                  channel: voice
                  patern_rules: []
                - name: b
                  channel: voice
                  matchers:
                  - attribute: x
                    operater: equals
                    value: 1
                """));

        assertThat(paths(e)).containsExactly("filters[0].patern_rules", "filters[1].matchers[0].operater");
        assertThat(e.violations().get(0).message()).startsWith("is not a known field").contains("pattern_rules");
        assertThat(FilterYaml.readDefinition("""
                {"id": "f-1", "etag": "\\"3\\"", "status": "ACTIVE", "created_at": "2026-11-22T10:00:00Z",
                 "version": 3, "name": "copied_from_a_get", "channel": "voice"}
                """).name()).isEqualTo("copied_from_a_get");
    }

    @Test
    void patternsAndAttributesAreStrings_aNumberIsAViolation_neverCoerced() {
        // API.md: patterns are strings (no coercion of 12); the simulator rejects them too
        String json = """
                {"filters": [{"name": "a", "channel": "voice",
                  "matchers": [{"attribute": 12, "operator": "equals", "value": 1}],
                  "pattern_rules": [{"type": "prefix", "field": "payload.skill", "pattern": 12}]}]}
                """;
        String yaml = """
                filters:
                - name: a
                  channel: voice
                  matchers:
                  - attribute: 12
                    operator: equals
                    value: 1
                  pattern_rules:
                  - type: prefix
                    field: payload.skill
                    pattern: 12
                """;

        for (String text : List.of(json, yaml)) {
            ModelValidationException e = invalid(() -> FilterYaml.read(text));
            assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                    "filters[0].matchers[0].attribute: must be a string",
                    "filters[0].pattern_rules[0].pattern: must be a string");
        }
        assertThat(paths(invalid(() -> FilterYaml.readDefinition("name: a\nchannel: voice\npattern_rules:\n"
                + "- {type: regex, field: f, pattern: 12}\n")))).containsExactly("pattern_rules[0].pattern");
        assertThat(paths(invalid(() -> FilterYaml.readDefinition("{\"name\": \"a\", \"channel\": \"voice\", "
                + "\"matchers\": [{\"attribute\": 12, \"operator\": \"equals\", \"value\": 1}]}"))))
                .containsExactly("matchers[0].attribute");
        // quoted, 12 is a string
        assertThat(FilterYaml.read(yaml.replace("pattern: 12", "pattern: \"12\"").replace("attribute: 12",
                "attribute: '12'")).get(0).patternRules().get(0).pattern()).isEqualTo("12");
    }
}
