package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.CompiledSchema;
import io.github.cxonesdk.schema.PayloadValidator;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRules;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DemoSchemaTest {
    @TempDir
    Path dir;

    @Test
    void migratesLegacyPayloads_andTheSimulatorReceivesVersionedV2Events() throws Exception {
        try (CxoneSimulator sim = CxoneSimulator.builder().seed(3).build().start();
             CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DemoSchema.Outcome outcome = DemoSchema.run(http, sim, dir);

            assertThat(outcome.breaking()).isPositive().isLessThanOrEqualTo(outcome.changes());
            assertThat(outcome.mapped()).isEqualTo(5);
            assertThat(outcome.valid()).isEqualTo(5);
            assertThat(outcome.ingested()).isEqualTo(5);
            assertThat(outcome.published()).isEqualTo(5);
            List<JsonNode> events = sim.ingestedEvents().stream().map(CxoneJson.mapper()::readTree).toList();
            assertThat(events).hasSize(5).allSatisfy(e -> {
                assertThat(e.get("schema_version").asString()).isEqualTo("2");
                assertThat(e.get("event_type").asString()).isEqualTo(DemoSchema.EVENT_TYPE);
                assertThat(e.get("payload").has("agentId")).isTrue();
                assertThat(e.get("payload").has("agentEmail")).isFalse();
            });
            assertThat(events.get(0).get("payload").get("agentId").asString()).isEqualTo("agent1");
            assertThat(events.get(0).get("payload").get("durationSeconds").decimalValue()).isEqualByComparingTo("97.5");
        }
        // what the demo leaves behind works with cxone schema
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "data-action-v1.schema.json", "data-action-v2.schema.json", "data-action-v1-to-v2.rules.yaml",
                "legacy-event.json");
        CliRunner.Result mapped = new CliRunner(dir).run("schema", "map", "data-action-v1-to-v2.rules.yaml",
                "legacy-event.json", "--strict");
        assertThat(mapped.code()).as(mapped.err()).isZero();
        Files.writeString(dir.resolve("out.json"), mapped.out());
        assertThat(new CliRunner(dir).run("schema", "validate", "data-action-v2.schema.json", "out.json").code()).isZero();
    }

    @Test
    void publishing_aLegacyEventTheV1SchemaRejects_isNotPublished_andTheStepFails() {
        JsonNode legacy = DemoSchema.resource("data-action-v1.schema.json");
        JsonNode target = DemoSchema.resource("data-action-v2.schema.json");
        MappingEngine v1ToV2 = MappingEngine.builder(MappingRules.fromYaml(
                DemoSchema.text("data-action-v1-to-v2.rules.yaml"))).strict(true).build();
        CompiledSchema v2 = PayloadValidator.create().compile(target);
        ObjectNode good = DemoSchema.legacyPayload(1);
        ObjectNode bad = DemoSchema.legacyPayload(2);
        bad.put("callDuration", -5); // v1 says minimum 0

        assertThat(DemoPublishing.publish(List.of(good), v1ToV2, legacy, target, v2)).isEqualTo(1);
        assertThatThrownBy(() -> DemoPublishing.publish(List.of(good, bad), v1ToV2, legacy, target, v2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not published")
                .hasMessageContaining("callDuration");
    }
}
