package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterYamlTest {
    @Test
    void export_sameStateInAnyOrder_givesTheSameBytes() {
        FilterDefinition a = Filters.platinumVoice("b_platinum");
        FilterDefinition b = Filters.chatInTiers("a_chat");

        byte[] first = FilterYaml.export(List.of(a, b)).getBytes(StandardCharsets.UTF_8);
        byte[] second = FilterYaml.export(List.of(b, a)).getBytes(StandardCharsets.UTF_8);

        assertThat(second).isEqualTo(first);
        String yaml = new String(first, StandardCharsets.UTF_8);
        assertThat(yaml.indexOf("name: a_chat")).isLessThan(yaml.indexOf("name: b_platinum"));
    }

    @Test
    void export_sameStateInAnyOrder_givesTheSameBytes_evenWhenLiveFiltersShareAName() {
        // the service does not enforce unique names, so an export of live filters may hold two
        Filter one = new Filter("f-1", Filters.platinumVoice("twin"), FilterStatus.ACTIVE, "\"1\"", null, null);
        Filter two = new Filter("f-2", Filters.platinumVoice("twin").toBuilder().description("other").build(),
                FilterStatus.ACTIVE, "\"2\"", null, null);

        assertThat(FilterYaml.exportFilters(List.of(two, one))).isEqualTo(FilterYaml.exportFilters(List.of(one, two)));
    }

    @Test
    void export_sortsKeysAlphabetically() {
        String yaml = FilterYaml.export(List.of(Filters.platinumVoice("p")));

        assertThat(yaml).startsWith("filters:\n- channel: voice\n  description: ");
        assertThat(yaml.indexOf("matchers:")).isLessThan(yaml.indexOf("name: p"));
        assertThat(yaml.indexOf("name: p")).isLessThan(yaml.indexOf("pattern_rules:"));
        assertThat(yaml.indexOf("pattern_rules:")).isLessThan(yaml.indexOf("target_group_id:"));
        assertThat(yaml.indexOf("attribute:")).isLessThan(yaml.indexOf("operator:"));
        assertThat(yaml).doesNotContain("---").doesNotContain("\r");
    }

    @Test
    void exportFilters_dropsVolatileServerFields() {
        Filter v1 = new Filter("f-1", Filters.platinumVoice("p"), FilterStatus.DRAFT, "\"1\"",
                Instant.parse("2026-11-22T10:00:00Z"), null);
        Filter v2 = new Filter("f-9", Filters.platinumVoice("p"), FilterStatus.ACTIVE, "\"7\"",
                Instant.parse("2026-11-22T11:00:00Z"), Instant.parse("2026-11-22T12:00:00Z"));

        String first = FilterYaml.exportFilters(List.of(v1));

        assertThat(FilterYaml.exportFilters(List.of(v2))).isEqualTo(first);
        assertThat(first).doesNotContain("f-1", "etag", "status", "DRAFT", "2026", "created");
    }

    @Test
    void read_roundTripKeepsValueTypes() {
        FilterDefinition chat = Filters.chatInTiers("c");
        FilterDefinition voice = Filters.platinumVoice("v");

        List<FilterDefinition> parsed = FilterYaml.read(FilterYaml.export(List.of(voice, chat)));

        assertThat(parsed).containsExactly(chat, voice);
        assertThat(parsed.get(0).matchers().get(1).value()).isEqualTo("10");
        assertThat(parsed.get(1).matchers().get(1).value()).isEqualTo(300);
    }

    @Test
    void read_roundTripKeepsDecimalsExact() {
        FilterDefinition precise = FilterDefinition.builder().name("precise").channel(Channel.VOICE)
                .matcher(AttributeMatcher.of("payload.handleTime", Operator.GREATER_THAN,
                        new java.math.BigDecimal("0.1000000000000000000001")))
                .targetGroupId("g").build();

        List<FilterDefinition> parsed = FilterYaml.read(FilterYaml.export(List.of(precise)));

        // a double would read 0.1 and the engine would match events the filter does not
        assertThat(parsed.get(0).matchers().get(0).value())
                .isEqualTo(new java.math.BigDecimal("0.1000000000000000000001"));
    }

    @Test
    void read_listsEveryProblemWithItsPath() {
        String yaml = """
                filters:
                - name: one
                  channel: fax
                  matchers:
                  - attribute: a
                    operator: sounds_like
                    value: x
                - name: one
                  channel: voice
                """;

        assertThatThrownBy(() -> FilterYaml.read(yaml))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .contains("filters[0].channel", "filters[0].matchers[0].operator", "filters[1].name"));
    }

    @Test
    void read_rejectsADocumentWithoutAFiltersList() {
        assertThatThrownBy(() -> FilterYaml.read("name: x\n"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("filters");
        assertThatThrownBy(() -> FilterYaml.read("filters: [unclosed\n"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void read_roundTripKeepsTrickyStringsAsStrings() {
        List<Object> tricky = List.of("null", "~", "", "1e3", "0x1F", "-", "@at", ": colon", "#hash", "a\nb",
                " padded ", "yes", "off", "2026-11-22", "*star", "!bang", "'quote'", "\"dq\"", "ünïcödé", "12:30");
        FilterDefinition definition = FilterDefinition.builder().name("tricky").description("line one\nline: two")
                .channel(Channel.WEB)
                .matcher(AttributeMatcher.of("payload.x", Operator.IN, tricky))
                .build();

        String yaml = FilterYaml.export(List.of(definition));

        assertThat(FilterYaml.read(yaml)).containsExactly(definition);
        assertThat(FilterYaml.export(FilterYaml.read(yaml))).isEqualTo(yaml);
    }

    @Test
    void read_roundTripKeepsUnicodeLineSeparators() {
        // U+0085 (NEL) left unquoted reads back as a line break: the value vanished or lost its first character
        List<Object> tricky = List.of("\u0085", "\u0085b", "a\u0085b", "\u2028x", "x\u2029", "\uFEFFbom");
        FilterDefinition definition = FilterDefinition.builder().name("separators").description("\u0085 description")
                .channel(Channel.WEB)
                .matcher(AttributeMatcher.of("payload.x", Operator.IN, tricky))
                .build();

        String yaml = FilterYaml.export(List.of(definition));

        assertThat(FilterYaml.read(yaml)).containsExactly(definition);
        assertThat(FilterYaml.export(FilterYaml.read(yaml))).isEqualTo(yaml);
    }
}
