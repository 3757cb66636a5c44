package io.github.cxonesdk.benchmarks;

import io.github.cxonesdk.influx.InfluxWriter;
import io.github.cxonesdk.influx.InfluxdProcess;
import io.github.cxonesdk.influx.Point;
import io.github.cxonesdk.influx.WritePrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;
import org.influxdb.dto.BatchPoints;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Writing to a real {@code influxd} (1.x, started by the benchmark on loopback), points/s: cxone
 * {@link InfluxWriter#write} against influxdb-java 2.25's {@code InfluxDB.write(BatchPoints)}, both sending the
 * same 5,000 points per request (no gzip) and returning once influxd acknowledged them. Point construction is
 * outside the measurement for both; encoding and the HTTP exchange are inside.
 *
 * <p>Needs {@code influxd} on the PATH. Run:
 * {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar InfluxWriteBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InfluxWriteBenchmark {
    private static final int BATCH = 5_000;
    private static final long BASE_NANOS = 1_795_946_400_000_000_000L;

    private InfluxdProcess influxd;
    private InfluxWriter cxone;
    private InfluxDB influxdbJava;
    private final List<Point> cxonePoints = new ArrayList<>();
    private final List<org.influxdb.dto.Point> influxPoints = new ArrayList<>();

    /** Starts influxd and builds both clients and both batches. */
    @Setup(Level.Trial)
    public void setUp() {
        influxd = InfluxdProcess.start();
        influxd.createDatabase("cxone");
        influxd.createDatabase("influxdbjava");
        cxone = InfluxWriter.builder(influxd.url()).v1("cxone").batchLines(BATCH).build();
        influxdbJava = InfluxDBFactory.connect(influxd.url().toString());
        for (int i = 0; i < BATCH; i++) {
            String campaign = "campaign-" + (i % 50);
            long time = BASE_NANOS + i * 1_000_000L;
            double p = (i % 600) + 0.25;
            cxonePoints.add(Point.builder("cxone_metrics").tag("campaign_id", campaign).field("count", (long) i)
                    .field("p50_handle", p).field("p90_handle", p * 1.5).field("p95_handle", p * 2)
                    .field("p50_wait", p / 4).field("p90_wait", p / 3).field("p95_wait", p / 2)
                    .time(time, WritePrecision.NS).build());
            influxPoints.add(org.influxdb.dto.Point.measurement("cxone_metrics").tag("campaign_id", campaign)
                    .addField("count", (long) i).addField("p50_handle", p).addField("p90_handle", p * 1.5)
                    .addField("p95_handle", p * 2).addField("p50_wait", p / 4).addField("p90_wait", p / 3)
                    .addField("p95_wait", p / 2).time(time, TimeUnit.NANOSECONDS).build());
        }
    }

    /** Stops both clients and influxd. */
    @TearDown(Level.Trial)
    public void tearDown() {
        cxone.close();
        influxdbJava.close();
        influxd.close();
    }

    /** Writes one batch with cxone. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void cxone() {
        cxone.write(cxonePoints);
    }

    /** Writes one batch with influxdb-java. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void influxdbJava() {
        influxdbJava.write(BatchPoints.database("influxdbjava").points(influxPoints).build());
    }
}
