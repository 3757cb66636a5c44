package io.github.cxonesdk.influx;

import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.Percentiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** InfluxSink against a real influxd: what it writes reads back equal, and a re-emitted bucket overwrites its point. */
class InfluxSinkIT {
    private static final Instant HOUR = Instant.parse("2026-05-20T14:00:00Z");
    private static InfluxdProcess influxd;

    @BeforeAll
    static void start() {
        influxd = InfluxdSupport.startOrSkip();
        influxd.createDatabase("sink");
    }

    @AfterAll
    static void stop() {
        if (influxd != null) {
            influxd.close();
        }
    }

    private static InteractionMetrics m(Instant hour, String campaign, long count, double h, double w, boolean interim) {
        return new InteractionMetrics(hour, campaign, count, new Percentiles(h, h * 1.1, h + 1e-9),
                new Percentiles(w, w / 3, 0.1 + 0.2), interim);
    }

    @Test
    void interimThenFinal_andReEmission_leaveOnePointPerBucket_readBackEqual() {
        InteractionMetrics finalC1 = m(HOUR, "c-1", 12, 101.25, 7, false);
        InteractionMetrics odd = m(HOUR, "camp 2,\"x\"=y\\z \u00e9", 3, 1e-7, 123456.789, false);
        InteractionMetrics next = m(HOUR.plusSeconds(3600), "c-1", 1, 4, 5, false);
        try (InfluxSink sink = InfluxSink.of(InfluxWriter.builder(influxd.url()).v1("sink").build())) {
            sink.write(List.of(m(HOUR, "c-1", 5, 99, 6, true), m(HOUR, "camp 2,\"x\"=y\\z \u00e9", 2, 1, 1, true)));
            sink.write(List.of(m(HOUR, "c-1", 10, 100, 6.5, false), odd, next));
            sink.write(List.of(finalC1)); // a late event re-opened the bucket
        }
        Map<String, InteractionMetrics> stored = InfluxMetrics.read(influxd, "sink");
        assertThat(stored).containsOnlyKeys(HOUR + "|c-1", HOUR + "|" + odd.campaignId(), next.hour() + "|c-1");
        assertThat(stored.get(HOUR + "|c-1")).isEqualTo(finalC1);
        assertThat(stored.get(HOUR + "|" + odd.campaignId())).isEqualTo(odd);
        assertThat(stored.get(next.hour() + "|c-1")).isEqualTo(next);
        assertThat(influxd.count("sink", InteractionMetricsPoints.MEASUREMENT)).isEqualTo(3);
    }
}
