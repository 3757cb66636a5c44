package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutTenant_exit2() {
        CliRunner.Result r = new CliRunner(dir).run("stream", "tail");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("cxone stream tail: no tenant configured");
    }

    @Test
    void tail_printsEventsAsJsonLines_andSurvivesASocketDrop() throws Exception {
        try (CxoneSimulator sim = CxoneSimulator.builder().build().start()) {
            sim.workload().emit(30);
            sim.faults().dropSocketAfter(10);
            CliRunner.Result r = CompletableFuture.supplyAsync(() -> new CliRunner(dir).env(sim.environment())
                    .run("stream", "tail", "--resume-after", "0", "--limit", "25")).get(60, TimeUnit.SECONDS);
            assertThat(r.code()).as(r.err()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSize(25);
            assertThat(lines).allSatisfy(line -> assertThat(CxoneJson.mapper().readTree(line).get("type").asString())
                    .isEqualTo("interaction.completed"));
            assertThat(lines.stream().distinct()).hasSize(25);
            assertThat(r.err()).contains("reconnecting");
        }
    }

    @Test
    void tail_presence() throws Exception {
        try (CxoneSimulator sim = CxoneSimulator.builder().build().start()) {
            sim.workload().emit(100);
            CliRunner.Result r = CompletableFuture.supplyAsync(() -> new CliRunner(dir).env(sim.environment())
                    .run("stream", "tail", "--presence", "--user", "u1", "--user", "u2", "--limit", "2"))
                    .get(60, TimeUnit.SECONDS);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out().lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line).contains("presence"));
        }
    }

    @Test
    void negativeLimit_exit2() {
        CliRunner.Result r = new CliRunner(dir).env(java.util.Map.of("CXONE_BASE_URL", "http://127.0.0.1:1"))
                .run("stream", "tail", "--limit", "-1");
        assertThat(r.code()).isEqualTo(2);
    }
}
