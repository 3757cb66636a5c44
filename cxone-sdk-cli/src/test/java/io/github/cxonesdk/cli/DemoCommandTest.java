package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demo_runsEveryStepAgainstTheSimulator_andEndsWithASummary() throws IOException {
        CliRunner.Result r = new CliRunner(dir).run("demo");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("[1/6] start the CXone simulator", "[5/6] agent presence", "[6/6] schema")
                .doesNotContain("FAILED", "\u001b[");
        assertThat(r.out()).contains("with the concurrent edit merged").contains("cxone_demo_platinum_voice ACTIVE")
                .contains("events aggregated    3000").contains("20 agents")
                .contains("v1 payloads mapped to v2, 5 valid, 5 ingested; 5 v1 events published to v1 and v2 subscribers").containsPattern("schema migration +[1-9]\\d* of");
        assertThat(r.out()).containsPattern("duplicates dropped +[1-9]").containsPattern("reconnects +[1-9]");
        List<String> lines = Files.readAllLines(dir.resolve("cxone-demo/metrics.lp"));
        assertThat(lines.size()).isGreaterThan(6);
        long count = 0;
        for (String line : lines) {
            assertThat(line).startsWith("cxone_metrics,campaign_id=");
            Matcher m = Pattern.compile(" count=(\\d+)i,.*p50_handle=([0-9.]+),.*p95_handle=([0-9.]+),").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            count += Long.parseLong(m.group(1));
            assertThat(Double.parseDouble(m.group(3))).isGreaterThanOrEqualTo(Double.parseDouble(m.group(2)));
        }
        assertThat(count).isEqualTo(3000); // every event exactly once across duplicates, drops and the token expiry
        assertThat(r.out()).contains("buckets written      " + lines.size());
        assertThat(Files.readString(dir.resolve("cxone-demo/filters.yaml"))).contains("name: cxone_demo_platinum_voice");
        assertThat(dir.resolve("cxone-demo/schema/data-action-v1-to-v2.rules.yaml")).exists();
    }

    @Test
    void influxUrlWithoutDb_exit2OneLine_beforeAnythingStarts() {
        CliRunner.Result r = new CliRunner(dir).run("demo", "--influx-url", "http://127.0.0.1:8086");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--influx-url and --influx-db go together");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void influxUrlNotHttp_exit2OneLine() {
        CliRunner.Result r = new CliRunner(dir).run("demo", "--influx-url", "ftp://host/x", "--influx-db", "m");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("cxone demo: --influx-url: ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unreachableTenant_exit1WithOneLine() {
        CliRunner.Result r = new CliRunner(dir).env(java.util.Map.of("CXONE_BASE_URL", "http://127.0.0.1:1",
                "CXONE_TOKEN_URL", "http://127.0.0.1:1/token", "CXONE_CLIENT_ID", "id", "CXONE_CLIENT_SECRET",
                "secret-value-123")).run("demo");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("cxone demo: dashboard: ")
                .doesNotContain("secret-value-123");
    }
}
