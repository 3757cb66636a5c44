package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.Percentiles;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The hourly campaign metrics computed the naive way from the events the simulator emitted, independently of
 * the aggregator: JSON trees, a list per bucket, sort, and the type-7 (inclusive) percentile formula, keyed
 * {@code hour|campaign}.
 */
final class ExpectedBuckets {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ExpectedBuckets() {
    }

    static Map<String, InteractionMetrics> of(List<String> events) {
        Map<String, List<double[]>> buckets = new TreeMap<>();
        for (String text : events) {
            JsonNode e = CxoneJson.mapper().readTree(text);
            JsonNode p = e.path("payload");
            if (!e.path("type").asString("").equals("interaction.completed")) {
                continue;
            }
            String campaign = p.path("campaignId").isString() ? p.path("campaignId").asString() : "";
            Double handle = number(p.path("handleTime"));
            Double wait = number(p.path("waitTime"));
            String ts = e.path("timestamp").isString() && !e.path("timestamp").asString().isEmpty()
                    ? e.path("timestamp").asString() : p.path("completionTime").asString(null);
            Instant time = time(ts);
            if (campaign.isEmpty() || handle == null || wait == null || time == null) {
                continue;
            }
            buckets.computeIfAbsent(time.truncatedTo(ChronoUnit.HOURS) + "|" + campaign, k -> new ArrayList<>())
                    .add(new double[] {handle, wait});
        }
        Map<String, InteractionMetrics> out = new TreeMap<>();
        buckets.forEach((key, values) -> {
            double[] h = values.stream().mapToDouble(v -> v[0]).sorted().toArray();
            double[] w = values.stream().mapToDouble(v -> v[1]).sorted().toArray();
            int bar = key.indexOf('|');
            out.put(key, new InteractionMetrics(Instant.parse(key.substring(0, bar)), key.substring(bar + 1), h.length,
                    percentiles(h), percentiles(w), false));
        });
        return out;
    }

    private static Double number(JsonNode n) {
        double v;
        if (n.isNumber()) {
            v = n.asDouble();
        } else if (n.isString() && NUMBER.matcher(n.asString()).matches()) {
            v = Double.parseDouble(n.asString());
        } else {
            return null;
        }
        return Double.isFinite(v) && v >= 0 ? v : null;
    }

    private static Instant time(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Percentiles percentiles(double[] sorted) {
        return new Percentiles(q(sorted, 50), q(sorted, 90), q(sorted, 95));
    }

    private static double q(double[] d, int p) {
        if (d.length == 1) {
            return d[0];
        }
        int m = d.length - 1;
        int j = p * m / 100;
        int delta = p * m % 100;
        return (d[j] * (100 - delta) + d[j + 1] * delta) / 100;
    }
}
