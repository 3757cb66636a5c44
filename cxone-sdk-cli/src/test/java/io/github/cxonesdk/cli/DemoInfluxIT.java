package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.influx.InfluxdProcess;
import io.github.cxonesdk.influx.InfluxdSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code cxone demo --influx-url --influx-db} against a real influxd: every bucket arrives through InfluxSink. */
class DemoInfluxIT {
    @TempDir
    Path dir;

    @Test
    void demo_writesEveryBucketToInfluxDb_andNoLineProtocolFile() {
        try (InfluxdProcess influxd = InfluxdSupport.startOrSkip()) {
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
