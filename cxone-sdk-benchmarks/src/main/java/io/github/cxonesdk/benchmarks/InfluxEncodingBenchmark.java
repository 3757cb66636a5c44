package io.github.cxonesdk.benchmarks;

import io.github.cxonesdk.influx.LineProtocol;
import io.github.cxonesdk.influx.Point;
import io.github.cxonesdk.influx.WritePrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Line-protocol encoding, points/s: cxone {@link LineProtocol#encode} against influxdb-client-java's
 * {@code Point.toLineProtocol()} on the same 1,024 points (interaction-metrics shaped: three tags, some needing
 * escapes, an integer count, six percentiles of which half carry full double precision, a string). The
 * {@code @Setup} fails the run unless both libraries produce byte-identical lines for every point.
 *
 * <p>Run: {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar InfluxEncodingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InfluxEncodingBenchmark {
    private static final int POINTS = 1_024;
    private static final long BASE_NANOS = 1_795_946_400_000_000_000L;

    private final List<Point> cxone = new ArrayList<>();
    private final List<com.influxdb.client.write.Point> influx = new ArrayList<>();
    private int next;

    /** Builds the same points with both libraries and checks that they encode them identically. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261129);
        String[] regions = {"eu west", "us,east", "ap=south", "emea"};
        for (int i = 0; i < POINTS; i++) {
            String campaign = "campaign-" + (i % 50);
            String region = regions[i % regions.length];
            String skill = "skill " + (i % 7);
            long count = random.nextLong(1, 10_000);
            double[] p = new double[6];
            for (int k = 0; k < 6; k++) {
                double v = random.nextDouble() * 600;
                p[k] = k % 2 == 0 ? Math.round(v * 100) / 100.0 : v;
            }
            String note = "agent \"" + (i % 13) + "\" \\ ok";
            long time = BASE_NANOS + i * 1_000_000_000L;
            cxone.add(Point.builder("cxone_metrics").tag("campaign_id", campaign).tag("region", region)
                    .tag("skill", skill).field("count", count).field("p50_handle", p[0]).field("p90_handle", p[1])
                    .field("p95_handle", p[2]).field("p50_wait", p[3]).field("p90_wait", p[4])
                    .field("p95_wait", p[5]).field("note", note).time(time, WritePrecision.NS).build());
            influx.add(com.influxdb.client.write.Point.measurement("cxone_metrics").addTag("campaign_id", campaign)
                    .addTag("region", region).addTag("skill", skill).addField("count", count)
                    .addField("p50_handle", p[0]).addField("p90_handle", p[1]).addField("p95_handle", p[2])
                    .addField("p50_wait", p[3]).addField("p90_wait", p[4]).addField("p95_wait", p[5])
                    .addField("note", note).time(time, com.influxdb.client.domain.WritePrecision.NS));
        }
        for (int i = 0; i < POINTS; i++) {
            String ours = LineProtocol.encode(cxone.get(i), WritePrecision.NS);
            String theirs = influx.get(i).toLineProtocol();
            if (!ours.equals(theirs)) {
                throw new IllegalStateException("point " + i + " differs:\n  cxone:  " + ours + "\n  influx: " + theirs);
            }
        }
    }

    /**
     * Encodes one point with cxone.
     *
     * @return the line
     */
    @Benchmark
    public String cxone() {
        Point p = cxone.get(next++ & (POINTS - 1));
        return LineProtocol.encode(p, WritePrecision.NS);
    }

    /**
     * Encodes one point with influxdb-client-java.
     *
     * @return the line
     */
    @Benchmark
    public String influxdbClientJava() {
        return influx.get(next++ & (POINTS - 1)).toLineProtocol();
    }
}
