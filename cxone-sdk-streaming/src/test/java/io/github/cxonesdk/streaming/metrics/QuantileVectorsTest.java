package io.github.cxonesdk.streaming.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.internal.ExactQuantiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Exact percentiles equal Python's statistics.quantiles(n=100, method="inclusive") on committed vectors. */
class QuantileVectorsTest {
    static List<JsonNode> cases() throws IOException {
        try (InputStream in = QuantileVectorsTest.class.getResourceAsStream("/metrics/quantile-vectors.json")) {
            List<JsonNode> out = new ArrayList<>();
            CxoneJson.mapper().readTree(in).forEach(out::add);
            return out;
        }
    }

    static double[] values(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static long[] bits(double... values) {
        return Arrays.stream(values).mapToLong(Double::doubleToLongBits).toArray();
    }

    @Test
    void exactPercentilesAreBitIdenticalToPython() throws IOException {
        List<JsonNode> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode c : cases) {
            for (String measure : List.of("handle", "wait")) {
                double[] v = values(c.get(measure));
                Arrays.sort(v);
                double[] expected = values(c.get("expected").get(measure));
                double[] actual = {ExactQuantiles.percentile(v, v.length, 50), ExactQuantiles.percentile(v, v.length, 90),
                    ExactQuantiles.percentile(v, v.length, 95)};
                assertThat(bits(actual)).as(c.get("name").asString() + " " + measure).isEqualTo(bits(expected));
            }
        }
    }

    /** The same vectors fed as events (some values as numeric strings) through the aggregator. */
    @Test
    void aggregatorReproducesPythonPerBucket() throws IOException {
        InteractionMetricsAggregator exact = InteractionMetricsAggregator.builder().build();
        List<JsonNode> cases = cases();
        for (JsonNode c : cases) {
            for (String event : events(c)) {
                exact.accept(event);
            }
        }
        Map<String, InteractionMetrics> results = exact.flush().stream()
                .collect(Collectors.toMap(InteractionMetricsAggregatorTest::key, r -> r));
        assertThat(exact.malformed()).isEmpty();
        assertThat(results).hasSize(cases.size());
        for (JsonNode c : cases) {
            InteractionMetrics r = results.get(Instant.parse(c.get("hour").asString()) + "|" + c.get("campaignId").asString());
            assertThat(r).as(c.get("name").asString()).isNotNull();
            assertThat(r.count()).isEqualTo(c.get("handle").size());
            JsonNode e = c.get("expected");
            assertThat(bits(r.handleTime().p50(), r.handleTime().p90(), r.handleTime().p95()))
                    .as(c.get("name").asString()).isEqualTo(bits(values(e.get("handle"))));
            assertThat(bits(r.waitTime().p50(), r.waitTime().p90(), r.waitTime().p95()))
                    .as(c.get("name").asString()).isEqualTo(bits(values(e.get("wait"))));
        }
    }

    @Test
    void sketchPercentilesAreWithinOnePercentOfTheRankedValues() throws IOException {
        InteractionMetricsAggregator sketch = InteractionMetricsAggregator.builder().mode(QuantileMode.SKETCH).build();
        List<JsonNode> cases = cases();
        for (JsonNode c : cases) {
            events(c).forEach(sketch::accept);
        }
        Map<String, InteractionMetrics> results = sketch.flush().stream()
                .collect(Collectors.toMap(InteractionMetricsAggregatorTest::key, r -> r));
        for (JsonNode c : cases) {
            InteractionMetrics r = results.get(Instant.parse(c.get("hour").asString()) + "|" + c.get("campaignId").asString());
            checkWithinOnePercent(values(c.get("handle")), r.handleTime(), c.get("name").asString());
            checkWithinOnePercent(values(c.get("wait")), r.waitTime(), c.get("name").asString());
        }
    }

    /** DDSketch's guarantee: within 1% of a value whose rank is that of the percentile (between the two neighbours type 7 interpolates). */
    static void checkWithinOnePercent(double[] v, Percentiles p, String name) {
        Arrays.sort(v);
        double[] got = {p.p50(), p.p90(), p.p95()};
        int[] ps = {50, 90, 95};
        for (int i = 0; i < 3; i++) {
            long im = (long) ps[i] * (v.length - 1);
            double low = v[(int) (im / 100)];
            double high = v[(int) Math.min(v.length - 1, im / 100 + 1)];
            if (v.length == 1) {
                assertThat(got[i]).isEqualTo(v[0]);
                continue;
            }
            if (low < v[v.length - 1] / io.github.cxonesdk.streaming.internal.MetricBucket.ACCURATE_RANGE) {
                continue; // collapsed range of the bounded sketch (documented), e.g. 1e-9 beside 1e9
            }
            assertThat(got[i]).as(name + " p" + ps[i]).isBetween(low * 0.99 - 1e-12, high * 1.01 + 1e-12);
        }
    }

    static List<String> events(JsonNode c) {
        double[] handle = values(c.get("handle"));
        double[] wait = values(c.get("wait"));
        Instant hour = Instant.parse(c.get("hour").asString());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < handle.length; i++) {
            ObjectNode e = CxoneJson.mapper().createObjectNode();
            e.put("eventId", "e-" + i);
            e.put("sequence", i + 1);
            e.put("type", "interaction.completed");
            Instant t = hour.plusSeconds(i % 3_600);
            if (i % 4 != 3) {
                e.put("timestamp", t.toString());
            }
            ObjectNode payload = e.putObject("payload");
            payload.put("campaignId", c.get("campaignId").asString());
            if (i % 5 == 1) {
                payload.put("handleTime", Double.toString(handle[i]));
            } else {
                payload.put("handleTime", handle[i]);
            }
            payload.put("waitTime", wait[i]);
            payload.put("completionTime", t.toString());
            out.add(e.toString());
        }
        return out;
    }
}
