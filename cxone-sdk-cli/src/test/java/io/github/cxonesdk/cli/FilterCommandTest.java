package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class FilterCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("list.yaml"), """
                filters:
                - name: platinum
                  channel: voice
                  matchers:
                  - attribute: payload.customer.tier
                    operator: equals
                    value: platinum
                """);
        Files.writeString(dir.resolve("one.json"), "{\"name\": \"chat_all\", \"channel\": \"chat\"}");
        Files.writeString(dir.resolve("array.json"), "[{\"name\": \"email_all\", \"channel\": \"email\"}]");
        Files.writeString(dir.resolve("invalid.json"), "{\"name\": \"x\", \"channel\": \"fax\","
                + " \"matchers\": [{\"attribute\": \"a\", \"operator\": \"equals\"}]}");
        Files.writeString(dir.resolve("broken.yaml"), "filters: [\n");
        Files.writeString(dir.resolve("events.jsonl"), String.join("\n",
                AggregateCommandTest.event("e1", "2026-05-20T14:03:11Z", "c", "1", "2"),
                "{\"channel\": \"chat\", \"payload\": {}}",
                "not json",
                "{\"channel\": \"web\"}") + "\n");
    }

    @Test
    void validate_validFilesInEveryShape() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "validate", "list.yaml", "one.json", "array.json");
        assertThat(r.code()).isZero();
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("violations").size()).isZero();
    }

    @Test
    void validate_invalidFile_listsEveryViolation_exit1() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "validate", "list.yaml", "invalid.json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("violations").size()).isEqualTo(2);
        JsonNode first = result.get("violations").get(0);
        assertThat(first.get("file").asString()).isEqualTo("invalid.json");
        assertThat(first.get("path").asString()).isEqualTo("channel");
        assertThat(first.get("message").asString()).isNotBlank();
    }

    @Test
    void validate_duplicateNamesAcrossFiles_exit1() throws IOException {
        Files.writeString(dir.resolve("again.json"), "{\"name\": \"chat_all\", \"channel\": \"voice\"}");
        CliRunner.Result r = new CliRunner(dir).run("filter", "validate", "one.json", "again.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("duplicates the name");
    }

    @Test
    void validate_malformedFile_exit2OneLine() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "validate", "list.yaml", "broken.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("cxone filter validate: broken.yaml: ").contains("not valid YAML");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void validate_missingFile_exit2OneLine() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "validate", "nope.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone filter validate: nope.yaml: no such file");
    }

    @Test
    void eval_summaryWithHitRatios() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "eval", "list.yaml", "one.json", "--events", "events.jsonl");
        assertThat(r.code()).isZero();
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.get("total").asLong()).isEqualTo(3);
        JsonNode platinum = result.get("filters").get(0);
        assertThat(platinum.get("name").asString()).isEqualTo("platinum");
        assertThat(platinum.get("matched").asLong()).isEqualTo(1);
        assertThat(platinum.get("hitRatio").asDouble()).isEqualTo(1.0 / 3);
        assertThat(result.get("filters").get(1).get("name").asString()).isEqualTo("chat_all");
        assertThat(r.errLines()).containsExactly("cxone filter eval: 1 malformed event line(s) skipped");
    }

    @Test
    void eval_perEvent_oneLinePerEvent() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "eval", "list.yaml", "one.json", "--events", "events.jsonl",
                "--per-event");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("{\"matched\":[\"platinum\"]}", "{\"matched\":[\"chat_all\"]}",
                "{\"matched\":[],\"malformed\":true}", "{\"matched\":[]}");
    }

    @Test
    void eval_noMatch_exit1() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "eval", "array.json", "--events", "events.jsonl");
        assertThat(r.code()).isEqualTo(1);
        assertThat(CxoneJson.mapper().readTree(r.out()).get("filters").get(0).get("matched").asLong()).isZero();
    }

    @Test
    void eval_invalidFilter_exit2() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "eval", "invalid.json", "--events", "events.jsonl");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("invalid.json: invalid filter at channel")
                .contains("and 1 more");
    }

    @Test
    void eval_missingEvents_exit2() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "eval", "list.yaml", "--events", "missing.jsonl");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone filter eval: missing.jsonl: no such file");
    }

    @Test
    void eval_withoutEvents_isBadUsage() {
        CliRunner.Result r = new CliRunner(dir).run("filter", "eval", "list.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--events");
    }
}
