package io.github.cxonesdk.influx;

import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.Percentiles;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads the {@code cxone_metrics} series back from a real influxd, keyed {@code hour|campaign} (final results). */
final class InfluxMetrics {
    private InfluxMetrics() {
    }

    static Map<String, InteractionMetrics> read(InfluxdProcess influxd, String db) {
        JsonNode result = influxd.query(db, "SELECT * FROM " + InteractionMetricsPoints.MEASUREMENT);
        Map<String, InteractionMetrics> out = new TreeMap<>();
        JsonNode series = result.path("series").path(0);
        if (series.isMissingNode()) {
            return out;
        }
        Map<String, Integer> column = new HashMap<>();
        JsonNode columns = series.path("columns");
        for (int i = 0; i < columns.size(); i++) {
            column.put(columns.path(i).asString(), i);
        }
        for (JsonNode row : series.path("values")) {
            long nanos = row.path(column.get("time")).asLong();
            Instant hour = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
            String campaign = row.path(column.get(InteractionMetricsPoints.CAMPAIGN_TAG)).asString();
            InteractionMetrics m = new InteractionMetrics(hour, campaign, row.path(column.get("count")).asLong(),
                    new Percentiles(d(row, column, "p50_handle"), d(row, column, "p90_handle"), d(row, column, "p95_handle")),
                    new Percentiles(d(row, column, "p50_wait"), d(row, column, "p90_wait"), d(row, column, "p95_wait")),
                    false);
            out.put(hour + "|" + campaign, m);
        }
        return out;
    }

    private static double d(JsonNode row, Map<String, Integer> column, String name) {
        JsonNode v = row.path(column.get(name));
        if (!v.isNumber()) {
            throw new IllegalStateException(name + " is not a number: " + v);
        }
        return v.asDouble();
    }
}
