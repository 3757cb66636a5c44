package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.influx.InfluxdProcess;
import io.github.cxonesdk.influx.InfluxdSupport;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InteractionMetricsExampleIT {
    @Test
    void aggregatesTheSimulatorStreamIntoHourlyCampaignPercentiles() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Map<String, InteractionMetrics> table = InteractionMetricsExample.run(Map.of(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(table).isNotEmpty();
        assertThat(table.values()).noneMatch(InteractionMetrics::interim);
        assertThat(table.values().stream().mapToLong(InteractionMetrics::count).sum()).isBetween(500L, 600L);
        assertThat(out).contains("handleP50").containsPattern("Events aggregated: 600, skipped as malformed: \\{.+\\}");
    }

    @Test
    void withInfluxUrl_writesOnePointPerBucketToInfluxDb() {
        try (InfluxdProcess influxd = InfluxdSupport.startOrSkip()) {
            influxd.createDatabase("cxone");
            Map<String, InteractionMetrics> table = InteractionMetricsExample.run(
                    Map.of("INFLUX_URL", influxd.url().toString()), new PrintStream(new ByteArrayOutputStream(), true,
                            StandardCharsets.UTF_8));
            JsonNode row = influxd.query("cxone", "SELECT sum(\"count\"), count(\"p95_handle\") FROM cxone_metrics")
                    .path("series").path(0).path("values").path(0);
            assertThat(row.path(2).asLong()).isEqualTo(table.size());
            assertThat(row.path(1).asLong()).isEqualTo(table.values().stream().mapToLong(InteractionMetrics::count).sum());
        }
    }
}
