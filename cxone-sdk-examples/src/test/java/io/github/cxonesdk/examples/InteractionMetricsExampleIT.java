package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
