package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DashboardCommandTest {
    @TempDir
    Path dir;

    private static String dashboard(Duration span) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        return "{\"name\": \"Agent Performance Monitor\", \"description\": \"d\", \"refreshInterval\": 15,"
                + " \"layout\": {\"type\": \"grid\", \"columns\": 4},"
                + " \"widgets\": [{\"type\": \"metric\", \"title\": \"Volume\", \"refreshInterval\": 10,"
                + " \"layout\": {\"x\": 0, \"y\": 0, \"w\": 2, \"h\": 2},"
                + " \"visualization\": {\"type\": \"line\", \"yAxisLabel\": \"Count\", \"showLegend\": true},"
                + " \"query\": {\"dateRange\": {\"start\": \"" + end.minus(span) + "\", \"end\": \"" + end + "\"},"
                + " \"groupBy\": [\"skill\", \"hour\"],"
                + " \"metrics\": [{\"name\": \"total_conversations\", \"aggregation\": \"COUNT\", \"dimension\": \"conversation\"}],"
                + " \"filters\": []}}]}";
    }

    @Test
    void validJson_exit0() throws IOException {
        Files.writeString(dir.resolve("d.json"), dashboard(Duration.ofDays(7)));
        CliRunner.Result r = new CliRunner(dir).run("dashboard", "validate", "d.json");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("violations").size()).isZero();
    }

    @Test
    void validYaml_exit0() throws IOException {
        // JSON is YAML: the .yaml extension selects the YAML reader
        Files.writeString(dir.resolve("d.yaml"), dashboard(Duration.ofDays(1)));
        assertThat(new CliRunner(dir).run("dashboard", "validate", "d.yaml").code()).isZero();
    }

    @Test
    void brokenRule_exit1WithPathAndMessage() throws IOException {
        Files.writeString(dir.resolve("d.json"), dashboard(Duration.ofDays(45)));
        CliRunner.Result r = new CliRunner(dir).run("dashboard", "validate", "d.json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode result = CxoneJson.mapper().readTree(r.out());
        assertThat(result.get("valid").asBoolean()).isFalse();
        JsonNode violation = result.get("violations").get(0);
        assertThat(violation.get("path").asString()).contains("widgets[0].query.dateRange");
        assertThat(violation.get("message").asString()).isNotBlank();
    }

    @Test
    void wrongType_isInvalid_exit1() throws IOException {
        Files.writeString(dir.resolve("d.json"), "{\"name\": \"x\", \"refreshInterval\": \"soon\", \"widgets\": []}");
        CliRunner.Result r = new CliRunner(dir).run("dashboard", "validate", "d.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("refreshInterval");
    }

    @Test
    void malformedFile_exit2OneLine() throws IOException {
        Files.writeString(dir.resolve("d.json"), "{\"name\": ");
        CliRunner.Result r = new CliRunner(dir).run("dashboard", "validate", "d.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("cxone dashboard validate: d.json: is not valid JSON");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFile_exit2OneLine() {
        CliRunner.Result r = new CliRunner(dir).run("dashboard", "validate", "nope.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone dashboard validate: nope.json: no such file");
    }

    @Test
    void notUtf8_exit2() throws IOException {
        Files.write(dir.resolve("d.json"), new byte[] {'{', (byte) 0xff, '}'});
        CliRunner.Result r = new CliRunner(dir).run("dashboard", "validate", "d.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone dashboard validate: d.json: not UTF-8 text");
    }
}
