package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.influx.InfluxdProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code cxone demo --influx-url --influx-db} against a real influxd: every bucket arrives through InfluxSink. */
class DemoInfluxIT {
    @TempDir
    Path dir;

    @Test
    void demo_writesEveryBucketToInfluxDb_andNoLineProtocolFile() {
        if (InfluxdProcess.binary().isEmpty()) {
            if (System.getenv("CI") != null) {
                Assertions.fail("influxd is not installed but CI is set: the integration tests must run");
            }
            Assumptions.abort("influxd is not installed (apt-get install influxdb): skipping");
        }
        try (InfluxdProcess influxd = InfluxdProcess.start()) {
            influxd.createDatabase("demo");
            CliRunner.Result r = new CliRunner(dir).run("demo", "--influx-url", influxd.url().toString(),
                    "--influx-db", "demo");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("db demo").contains("events aggregated    3000");
            JsonNode sum = influxd.query("demo", "SELECT sum(\"count\"), count(\"p95_handle\") FROM cxone_metrics")
                    .path("series").path(0).path("values").path(0);
            assertThat(sum.path(1).asLong()).as("every event counted once").isEqualTo(3000);
            assertThat(r.out()).contains("buckets written      " + sum.path(2).asLong());
            assertThat(Files.exists(dir.resolve("cxone-demo/metrics.lp"))).isFalse();
        }
    }
}
