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

class SchemaCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        // the schemas and rules the demo ships, so the commands are tested on what users get
        Files.writeString(dir.resolve("v1.json"), DemoSchema.text("data-action-v1.schema.json"));
        Files.writeString(dir.resolve("v2.json"), DemoSchema.text("data-action-v2.schema.json"));
        Files.writeString(dir.resolve("rules.yaml"), DemoSchema.text("data-action-v1-to-v2.rules.yaml"));
        Files.writeString(dir.resolve("legacy.json"), DemoSchema.legacyPayload(2).toString());
        Files.writeString(dir.resolve("int.json"), "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"integer\"}}}");
        Files.writeString(dir.resolve("number.json"), "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"number\"}}}");
        Files.writeString(dir.resolve("broken.json"), "{\"type\": ");
    }

    @Test
    void diff_breakingPair_exit1_jsonShape() {
        CliRunner.Result r = new CliRunner(dir).run("schema", "diff", "v1.json", "v2.json");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.propertyNames()).containsExactly("compatible", "mode", "changes");
        assertThat(result.get("compatible").asBoolean()).isFalse();
        assertThat(result.get("mode").asString()).isEqualTo("BACKWARD");
        assertThat(result.get("changes").size()).isGreaterThan(1);
        for (JsonNode change : result.get("changes")) {
            assertThat(change.propertyNames()).containsExactly("path", "kind", "breaking", "detail");
        }
        assertThat(result.get("changes").findValues("path")).extracting(JsonNode::asString)
                .contains("/properties/agentId");
        assertThat(result.get("changes").findValues("breaking")).extracting(JsonNode::asBoolean).contains(true);
    }

    @Test
    void diff_wideningIsBackwardCompatible_exit0_butBreaksForwardAndFull_exit1() {
        CliRunner.Result backward = new CliRunner(dir).run("schema", "diff", "int.json", "number.json");
        assertThat(backward.code()).as(backward.out() + backward.err()).isZero();
        JsonNode result = CxoneJson.mapper().readTree(backward.out());
        assertThat(result.get("compatible").asBoolean()).isTrue();
        assertThat(result.get("mode").asString()).isEqualTo("BACKWARD");
        JsonNode change = result.get("changes").get(0);
        assertThat(change.get("path").asString()).isEqualTo("/properties/a/type");
        assertThat(change.get("breaking").asBoolean()).isFalse();
        for (String mode : new String[] {"forward", "full"}) {
            CliRunner.Result r = new CliRunner(dir).run("schema", "diff", "int.json", "number.json", "--mode", mode);
            assertThat(r.code()).as(mode).isEqualTo(1);
            JsonNode other = CxoneJson.mapper().readTree(r.out());
            assertThat(other.get("compatible").asBoolean()).isFalse();
            assertThat(other.get("mode").asString()).isEqualTo(mode.toUpperCase(java.util.Locale.ROOT));
            assertThat(other.get("changes").get(0).get("breaking").asBoolean()).isTrue();
        }
    }

    @Test
    void diff_identical_exit0_noChanges() {
        CliRunner.Result r = new CliRunner(dir).run("schema", "diff", "v2.json", "v2.json", "--mode", "full");
        assertThat(r.code()).isZero();
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.get("compatible").asBoolean()).isTrue();
        assertThat(result.get("mode").asString()).isEqualTo("FULL");
        assertThat(result.get("changes").size()).isZero();
    }

    @Test
    void diff_text_marksBreakingChangesWithTheirExample() {
        CliRunner.Result r = new CliRunner(dir).run("schema", "diff", "v1.json", "v2.json", "--format", "text");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("BACKWARD: INCOMPATIBLE (").contains("BREAKING  /properties/agentId")
                .contains("example (BACKWARD): {");
        assertThat(r.out().lines().filter(l -> l.startsWith("  BREAKING")).count())
                .isEqualTo(CxoneJson.mapper().readTree(new CliRunner(dir).run("schema", "diff", "v1.json", "v2.json").out())
                        .get("changes").findValues("breaking").stream().filter(JsonNode::asBoolean).count());
    }

    @Test
    void diff_badModeOrFormat_exit2OneLine() {
        CliRunner.Result r = new CliRunner(dir).run("schema", "diff", "v1.json", "v2.json", "--mode", "sideways");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone schema diff: --mode must be backward, forward or full, not 'sideways'");
        assertThat(new CliRunner(dir).run("schema", "diff", "v1.json", "v2.json", "--format", "xml").code()).isEqualTo(2);
        assertThat(new CliRunner(dir).run("schema", "diff", "v1.json").code()).isEqualTo(2);
    }

    @Test
    void diff_missingOrMalformedFile_exit2OneLine() {
        CliRunner.Result missing = new CliRunner(dir).run("schema", "diff", "v1.json", "nope.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly("cxone schema diff: nope.json: no such file");
        assertThat(missing.out()).isEmpty();
        CliRunner.Result broken = new CliRunner(dir).run("schema", "diff", "broken.json", "v2.json");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.errLines()).singleElement().asString().startsWith("cxone schema diff: broken.json: is not valid JSON");
        assertThat(broken.out()).isEmpty();
    }

    @Test
    void diff_notASchema_or_danglingRef_exit2() throws IOException {
        Files.writeString(dir.resolve("array.json"), "[1, 2]");
        CliRunner.Result array = new CliRunner(dir).run("schema", "diff", "array.json", "v2.json");
        assertThat(array.code()).isEqualTo(2);
        assertThat(array.errLines()).containsExactly("cxone schema diff: array.json: is not a JSON Schema (an object or a boolean)");
        Files.writeString(dir.resolve("dangling.json"), "{\"properties\": {\"a\": {\"$ref\": \"#/definitions/nope\"}}}");
        CliRunner.Result dangling = new CliRunner(dir).run("schema", "diff", "int.json", "dangling.json");
        assertThat(dangling.code()).as(dangling.out()).isEqualTo(2);
        assertThat(dangling.errLines()).singleElement().asString().startsWith("cxone schema diff: int.json -> dangling.json: unusable schema: ");
    }

    @Test
    void validate_validPayloads_exit0() throws IOException {
        Files.writeString(dir.resolve("p1.json"), "{\"contactId\": \"c1\", \"agentId\": \"a1\", \"durationSeconds\": 12.5}");
        CliRunner.Result r = new CliRunner(dir).stdin("{\"contactId\": \"c2\", \"agentId\": \"a2\", \"durationSeconds\": 0}")
                .run("schema", "validate", "v2.json", "p1.json", "-");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.propertyNames()).containsExactly("valid", "errors");
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("errors").size()).isZero();
    }

    @Test
    void validate_invalidPayload_listsEveryErrorWithFileAndPath_exit1() throws IOException {
        Files.writeString(dir.resolve("ok.json"), "{\"contactId\": \"c1\", \"agentId\": \"a1\", \"durationSeconds\": 1}");
        CliRunner.Result r = new CliRunner(dir).run("schema", "validate", "v2.json", "ok.json", "legacy.json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("errors").size()).isGreaterThanOrEqualTo(2); // agentId, durationSeconds missing; extras
        for (JsonNode error : result.get("errors")) {
            assertThat(error.propertyNames()).containsExactly("file", "path", "message");
            assertThat(error.get("file").asString()).isEqualTo("legacy.json");
            assertThat(error.get("message").asString()).isNotBlank();
        }
        Files.writeString(dir.resolve("neg.json"), "{\"contactId\": \"c1\", \"agentId\": \"a1\", \"durationSeconds\": -1}");
        JsonNode neg = CxoneJson.mapper().readTree(new CliRunner(dir).run("schema", "validate", "v2.json", "neg.json").out());
        assertThat(neg.get("errors").get(0).get("path").asString()).isEqualTo("/durationSeconds");
    }

    @Test
    void validate_missingOrMalformedPayload_exit2OneLine() {
        CliRunner.Result missing = new CliRunner(dir).run("schema", "validate", "v2.json", "legacy.json", "gone.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly("cxone schema validate: gone.json: no such file");
        assertThat(missing.out()).isEmpty();
        CliRunner.Result broken = new CliRunner(dir).run("schema", "validate", "v2.json", "broken.json");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.errLines()).singleElement().asString().startsWith("cxone schema validate: broken.json: is not valid JSON");
        CliRunner.Result badSchema = new CliRunner(dir).run("schema", "validate", "broken.json", "legacy.json");
        assertThat(badSchema.code()).isEqualTo(2);
        assertThat(badSchema.errLines()).singleElement().asString().startsWith("cxone schema validate: broken.json: ");
        assertThat(new CliRunner(dir).run("schema", "validate", "v2.json").code()).isEqualTo(2); // no payload
    }

    @Test
    void map_shippedRules_turnALegacyPayloadIntoAValidV2One() throws IOException {
        CliRunner.Result r = new CliRunner(dir).run("schema", "map", "rules.yaml", "legacy.json", "--strict");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonNode mapped = CxoneJson.mapper().readTree(r.out());
        assertThat(mapped.get("contactId").asString()).isEqualTo("contact-1002");
        assertThat(mapped.get("agentId").asString()).isEqualTo("agent2");
        assertThat(mapped.get("durationSeconds").decimalValue()).isEqualByComparingTo("135");
        assertThat(mapped.get("skill").asString()).isEqualTo("Sales Inbound");
        assertThat(mapped.has("agentEmail")).isFalse();
        Files.writeString(dir.resolve("mapped.json"), r.out());
        assertThat(new CliRunner(dir).run("schema", "validate", "v2.json", "mapped.json").code()).isZero();
    }

    @Test
    void map_jsonRulesAndStdin() throws IOException {
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": [{\"source\": \"a.b\", \"target\": \"x\", \"transform\": \"uppercase\"}]}");
        CliRunner.Result r = new CliRunner(dir).stdin("{\"a\": {\"b\": \"hi\"}, \"c\": 1}").run("schema", "map", "rules.json", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(CxoneJson.mapper().readTree(r.out())).isEqualTo(CxoneJson.mapper().readTree("{\"x\": \"HI\"}"));
    }

    @Test
    void map_strict_missingSource_exit1NamingIt() throws IOException {
        Files.writeString(dir.resolve("partial.json"), "{\"contactId\": \"c1\", \"callDuration\": 1000}");
        CliRunner.Result strict = new CliRunner(dir).run("schema", "map", "rules.yaml", "partial.json", "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.errLines()).singleElement().asString().startsWith("cxone schema map: partial.json: ")
                .contains("agentEmail").contains("missing source");
        CliRunner.Result lenient = new CliRunner(dir).run("schema", "map", "rules.yaml", "partial.json");
        assertThat(lenient.code()).isZero();
        assertThat(CxoneJson.mapper().readTree(lenient.out()).has("agentId")).isFalse();
    }

    @Test
    void map_badRulesFile_exit2OneLine() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "rules: [\n");
        CliRunner.Result broken = new CliRunner(dir).run("schema", "map", "bad.yaml", "legacy.json");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.errLines()).singleElement().asString().startsWith("cxone schema map: bad.yaml: invalid mapping rules: ");
        Files.writeString(dir.resolve("unknown.yaml"), "rules:\n  - source: a\n    target: b\n    transform: teleport\n");
        CliRunner.Result unknown = new CliRunner(dir).run("schema", "map", "unknown.yaml", "legacy.json");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.errLines()).singleElement().asString().startsWith("cxone schema map: unknown.yaml: invalid mapping rules: /rules/0")
                .contains("teleport");
        CliRunner.Result missing = new CliRunner(dir).run("schema", "map", "none.yaml", "legacy.json");
        assertThat(missing.errLines()).containsExactly("cxone schema map: none.yaml: no such file");
        assertThat(missing.code()).isEqualTo(2);
    }

    @Test
    void map_malformedPayload_exit2OneLine() {
        CliRunner.Result r = new CliRunner(dir).run("schema", "map", "rules.yaml", "broken.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("cxone schema map: broken.json: is not valid JSON");
    }

    @Test
    void hostileFiles_emptyDeepDuplicateOrTrailing_exit2OneLine() throws IOException {
        Files.writeString(dir.resolve("empty.json"), "  \n");
        Files.writeString(dir.resolve("deep.json"), "[".repeat(10_000) + "]".repeat(10_000));
        Files.writeString(dir.resolve("dup.json"), "{\"contactId\": \"a\", \"contactId\": \"b\"}");
        Files.writeString(dir.resolve("two.json"), "{} {}");
        assertThat(new CliRunner(dir).run("schema", "validate", "v2.json", "empty.json").errLines())
                .containsExactly("cxone schema validate: empty.json: is empty");
        for (String file : new String[] {"deep.json", "dup.json", "two.json"}) {
            CliRunner.Result r = new CliRunner(dir).run("schema", "validate", "v2.json", file);
            assertThat(r.code()).as(file).isEqualTo(2);
            assertThat(r.errLines()).as(file).singleElement().asString()
                    .startsWith("cxone schema validate: " + file + ": is not valid JSON");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void schema_withoutSubcommand_exit2() {
        CliRunner.Result r = new CliRunner(dir).run("schema");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("missing command: diff, validate or map");
    }
}
