package io.github.cxonesdk.benchmarks;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import io.github.cxonesdk.streaming.metrics.QuantileMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * Parse + aggregate {@code interaction.completed} events from raw JSON bytes into hourly campaign
 * percentiles, on one thread: the SDK's aggregator in sketch and exact mode against a naive
 * implementation (Jackson tree per event, a list per bucket, sort at the end) in the same run. One
 * operation is a batch of {@value #BATCH} events from bytes to results (every bucket flushed), so the
 * sort and the percentile computation are measured too; the score is events per second.
 *
 * <p>Run: {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar InteractionMetricsBenchmark}.
 *
 * <p>Not thread-safe; JMH gives each thread its own state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InteractionMetricsBenchmark {
    static final int BATCH = 8_192;
    private static final String[] CAMPAIGNS = {"camp_sales_q4", "camp_support", "camp_retention",
        "camp_outbound_b2b", "camp_collections", "camp_onboarding"};

    /** Which implementation runs. */
    @Param({"sketch", "exact", "naive"})
    public String impl;

    private byte[][] events;

    /** Generates the events (shaped like API.md's example, about 420 bytes each). */
    @Setup
    public void setUp() {
        events = events(BATCH, 20261129L);
    }

    static byte[][] events(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = Instant.parse("2026-05-20T08:00:00Z");
        byte[][] out = new byte[n][];
        for (int i = 0; i < n; i++) {
            String time = start.plusSeconds(i * 3L).toString();
            double handle = Math.round(Math.exp(5 + 0.8 * random.nextGaussian()) * 10) / 10.0;
            double wait = Math.round(-Math.log(1 - random.nextDouble()) * 300) / 10.0;
            String json = "{\"eventId\":\"e-" + i + "\",\"sequence\":" + (i + 1)
                    + ",\"type\":\"interaction.completed\",\"timestamp\":\"" + time + "\",\"channel\":\"voice\","
                    + "\"payload\":{\"interactionId\":\"i-" + i + "\",\"campaignId\":\""
                    + CAMPAIGNS[random.nextInt(CAMPAIGNS.length)] + "\",\"handleTime\":" + handle + ",\"waitTime\":"
                    + wait + ",\"completionTime\":\"" + time + "\",\"skillId\":\"skill_premium_sales\","
                    + "\"customer\":{\"tier\":\"platinum\",\"ip\":\"10.1.2.3\"},\"agentId\":\"u" + (i % 40) + "\"}}";
            out[i] = json.getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /**
     * One batch from bytes to results.
     *
     * @return the results (consumed by JMH)
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object aggregate() {
        return switch (impl) {
            case "sketch" -> sdk(QuantileMode.SKETCH);
            case "exact" -> sdk(QuantileMode.EXACT);
            default -> naive(events);
        };
    }

    private List<InteractionMetrics> sdk(QuantileMode mode) {
        InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder().mode(mode).build();
        for (byte[] e : events) {
            agg.accept(e, 0, e.length);
        }
        return agg.flush();
    }

    /** What a straightforward consumer writes: a tree per event, a list per bucket, sort, pick. */
    static Map<String, double[]> naive(byte[][] events) {
        Map<String, List<double[]>> buckets = new HashMap<>();
        for (byte[] bytes : events) {
            JsonNode e = CxoneJson.mapper().readTree(bytes);
            JsonNode p = e.get("payload");
            String time = e.path("timestamp").asString(null);
            if (time == null) {
                time = p.path("completionTime").asString();
            }
            Instant hour = OffsetDateTime.parse(time).toInstant().truncatedTo(ChronoUnit.HOURS);
            buckets.computeIfAbsent(hour + "|" + p.get("campaignId").asString(), k -> new ArrayList<>())
                    .add(new double[] {p.get("handleTime").asDouble(), p.get("waitTime").asDouble()});
        }
        Map<String, double[]> out = new HashMap<>();
        buckets.forEach((k, v) -> {
            List<Double> h = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            v.forEach(x -> {
                h.add(x[0]);
                w.add(x[1]);
            });
            Collections.sort(h);
            Collections.sort(w);
            out.put(k, new double[] {pct(h, 50), pct(h, 90), pct(h, 95), pct(w, 50), pct(w, 90), pct(w, 95)});
        });
        return out;
    }

    private static double pct(List<Double> d, int p) {
        if (d.size() == 1) {
            return d.get(0);
        }
        int m = d.size() - 1;
        int j = p * m / 100;
        int delta = p * m % 100;
        return (d.get(j) * (100 - delta) + d.get(j + 1) * delta) / 100;
    }
}
