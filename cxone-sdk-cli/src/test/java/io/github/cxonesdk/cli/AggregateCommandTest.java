package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class AggregateCommandTest {
    static final String EVENTS = String.join("\n",
            event("e1", "2026-05-20T14:03:11Z", "camp_b", "245.0", "31.5"),
            event("e2", "2026-05-20T14:13:11Z", "camp_a", "100", "\"10\""),
            "not json",
            event("e3", "2026-05-20T13:13:11Z", "camp_a", "200", "20"),
            "",
            event("e4", "2026-05-20T14:59:59Z", "camp_a", "300", "30"),
            "{\"type\":\"interaction.completed\",\"timestamp\":\"2026-05-20T14:00:00Z\",\"payload\":{\"handleTime\":1,\"waitTime\":1}}")
            + "\n";

    @TempDir
    Path dir;

    static String event(String id, String time, String campaign, String handle, String wait) {
        return "{\"eventId\":\"" + id + "\",\"sequence\":1,\"type\":\"interaction.completed\",\"timestamp\":\"" + time
                + "\",\"channel\":\"voice\",\"payload\":{\"campaignId\":\"" + campaign + "\",\"handleTime\":" + handle
                + ",\"waitTime\":" + wait + ",\"customer\":{\"tier\":\"platinum\"},\"skillId\":\"skill_premium_x\"}}";
    }

    @Test
    void json_isSortedByHourThenCampaign_withTheIssuesFields() throws IOException {
        Files.writeString(dir.resolve("events.jsonl"), EVENTS);
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", "events.jsonl");
        assertThat(r.code()).isZero();
        JsonNode array = CxoneJson.mapper().readTree(r.out());
        assertThat(array.size()).isEqualTo(3);
        assertThat(List.of(array.get(0).get("hour").asString(), array.get(1).get("hour").asString(),
                array.get(2).get("campaignId").asString()))
                .containsExactly("2026-05-20T13:00:00Z", "2026-05-20T14:00:00Z", "camp_b");
        JsonNode a14 = array.get(1);
        assertThat(a14.propertyNames()).containsExactly("hour", "campaignId", "count", "p50_handle", "p90_handle",
                "p95_handle", "p50_wait", "p90_wait", "p95_wait");
        assertThat(a14.get("campaignId").asString()).isEqualTo("camp_a");
        assertThat(a14.get("count").asLong()).isEqualTo(2);
        // statistics.quantiles([100, 300], n=100, method="inclusive"): p50 200, p90 280, p95 290
        assertThat(a14.get("p50_handle").asDouble()).isEqualTo(200.0);
        assertThat(a14.get("p90_handle").asDouble()).isEqualTo(280.0);
        assertThat(a14.get("p95_handle").asDouble()).isEqualTo(290.0);
        assertThat(a14.get("p95_wait").asDouble()).isEqualTo(29.0);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("cxone aggregate: 6 line(s) read, 2 malformed line(s) skipped");
    }

    @Test
    void stdin_andSketchMode() {
        CliRunner.Result r = new CliRunner(dir).stdin(EVENTS).run("aggregate", "--input", "-", "--mode", "sketch");
        assertThat(r.code()).isZero();
        JsonNode array = CxoneJson.mapper().readTree(r.out());
        assertThat(array.size()).isEqualTo(3);
        // DDSketch: within 1% of the exact value
        assertThat(array.get(2).get("p50_handle").asDouble()).isCloseTo(245.0, org.assertj.core.data.Offset.offset(2.5));
    }

    @Test
    void emptyInput_isAnEmptyArray() {
        CliRunner.Result r = new CliRunner(dir).stdin("").run("aggregate", "--input", "-");
        assertThat(r.code()).isZero();
        assertThat(CxoneJson.mapper().readTree(r.out()).isArray()).isTrue();
        assertThat(CxoneJson.mapper().readTree(r.out()).size()).isZero();
    }

    @Test
    void overlongLine_isSkippedAndCounted() throws IOException {
        String huge = "{\"x\":\"" + "a".repeat(JsonLines.MAX_LINE_BYTES + 10) + "\"}";
        Files.writeString(dir.resolve("huge.jsonl"), huge + "\n" + event("e1", "2026-05-20T14:03:11Z", "c", "1", "2"));
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", "huge.jsonl");
        assertThat(r.code()).isZero();
        assertThat(CxoneJson.mapper().readTree(r.out()).size()).isEqualTo(1);
        assertThat(r.err()).contains("1 malformed line(s) skipped").contains("longer than 1 MiB");
    }

    @Test
    void missingFile_exit2OneLine() {
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", "nope.jsonl");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone aggregate: nope.jsonl: no such file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void directory_exit2() {
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone aggregate: .: is a directory");
    }

    @Test
    void badMode_andBadFormat_exit2() {
        assertThat(new CliRunner(dir).run("aggregate", "--input", "-", "--mode", "fast").code()).isEqualTo(2);
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", "-", "--format", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--format must be json or line-protocol");
    }

    @Test
    void lineProtocol_printsExactlyWhatInfluxSinkWrites_sortedByHourThenCampaign() {
        CliRunner.Result r = new CliRunner(dir).stdin(EVENTS).run("aggregate", "--input", "-", "--format", "line-protocol");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "cxone_metrics,campaign_id=camp_a count=1i,p50_handle=200.0,p50_wait=20.0,p90_handle=200.0,"
                        + "p90_wait=20.0,p95_handle=200.0,p95_wait=20.0 1779282000000000000",
                "cxone_metrics,campaign_id=camp_a count=2i,p50_handle=200.0,p50_wait=20.0,p90_handle=280.0,"
                        + "p90_wait=28.0,p95_handle=290.0,p95_wait=29.0 1779285600000000000",
                "cxone_metrics,campaign_id=camp_b count=1i,p50_handle=245.0,p50_wait=31.5,p90_handle=245.0,"
                        + "p90_wait=31.5,p95_handle=245.0,p95_wait=31.5 1779285600000000000");
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("cxone aggregate: 6 line(s) read, 2 malformed line(s) skipped");
    }

    @Test
    void lineProtocol_escapesCampaignIds_asInfluxSinkDoes() throws IOException {
        Files.writeString(dir.resolve("odd.jsonl"), event("e1", "2026-05-20T14:03:11Z", "c 1,x=\\\"q\\\"", "1", "2") + "\n");
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", "odd.jsonl", "--format", "line-protocol");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).singleElement().asString()
                .startsWith("cxone_metrics,campaign_id=c\\ 1\\,x\\=\"q\" count=1i,");
    }

    @Test
    void lineProtocol_campaignInfluxCannotStore_exit1WithOneLine() throws IOException {
        Files.writeString(dir.resolve("bad.jsonl"), event("e1", "2026-05-20T14:03:11Z", "a\\nb", "1", "2") + "\n");
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", "bad.jsonl", "--format", "line-protocol");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("cannot be written to InfluxDB");
        assertThat(r.out()).isEmpty();
    }
}
