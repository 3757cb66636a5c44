package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.influx.Point;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfluxWriterExampleTest {
    @Test
    void withoutInfluxUrl_printsTheLinesItWouldWrite() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        List<Point> points = InfluxWriterExample.run(Map.of(), Instant.parse("2026-11-29T10:20:00Z"),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(points).hasSize(9);
        assertThat(out).contains("INFLUX_URL is not set")
                .contains("cxone_metrics,campaign_id=campaign\\ \"winter\\,\\ 2026\" count=")
                .contains("cxone_metrics,campaign_id=campaign-sales count=100i,p50_handle=183.0,p50_wait=12.5,"
                        + "p90_handle=274.5,p90_wait=25.0,p95_handle=320.25,p95_wait=31.25 1795935600000000000");
    }
}
