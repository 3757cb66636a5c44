package io.github.cxonesdk.examples;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.influx.InfluxSink;
import io.github.cxonesdk.influx.InfluxWriter;
import io.github.cxonesdk.influx.InfluxWriterBuilder;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import io.github.cxonesdk.streaming.metrics.QuantileMode;
import io.github.cxonesdk.streaming.pipeline.FileCheckpointStore;
import io.github.cxonesdk.streaming.pipeline.Pipeline;
import io.github.cxonesdk.streaming.pipeline.Sink;
import io.github.cxonesdk.streaming.pipeline.StreamSource;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The headline job: subscribe to {@code interaction.completed} events, aggregate them into hourly
 * per-campaign counts and p50/p90/p95 of handle and wait time, and write them to a sink, with
 * checkpoints so a restart continues exactly where it stopped. With {@code INFLUX_URL} set (for example
 * {@code http://127.0.0.1:8086}) the results go to InfluxDB through {@link InfluxSink} (v1 API, database
 * {@code INFLUX_DB}, default {@code cxone}, which must exist; {@code INFLUX_TOKEN} when set), one point per
 * (hour, campaign) that a re-emitted bucket overwrites; without it they go to an in-memory table keyed by
 * (hour, campaign). Either way the table is printed at the end.
 *
 * <p>Runs against a real tenant when {@code CXONE_BASE_URL} is set (for {@code CXONE_EXAMPLE_SECONDS},
 * default 60), otherwise against an embedded {@link CxoneSimulator} that streams 600 events.
 *
 * <pre>{@code
 * INFLUX_URL=http://127.0.0.1:8086 INFLUX_DB=cxone ./mvnw -q -Pquick -pl cxone-sdk-examples -am compile exec:java -Dexec.mainClass=io.github.cxonesdk.examples.InteractionMetricsExample
 * }</pre>
 */
public final class InteractionMetricsExample {
    private InteractionMetricsExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the example with the given environment.
     *
     * @param env the environment; without {@code CXONE_BASE_URL} the embedded simulator is used; with
     *     {@code INFLUX_URL} the results are also written to InfluxDB
     * @param out where the table is printed
     * @return the results by "hour|campaign"
     */
    static Map<String, InteractionMetrics> run(Map<String, String> env, PrintStream out) {
        Map<String, InteractionMetrics> table = new ConcurrentSkipListMap<>();
        Path state = tempDir();
        try (CxoneSimulator sim = env.get("CXONE_BASE_URL") == null
                ? CxoneSimulator.builder().malformedEvents(0.02).build().start() : null) {
            CxoneConfig config = CxoneConfig.fromEnvironment(sim == null ? env : sim.environment());
            StreamClient.Builder stream = StreamClient.builder(config.eventStreamUrl(),
                    StreamProtocols.events("interaction.completed"), TokenProviders.fromConfig(config)).resumeAfter(0);
            InteractionMetricsAggregator metrics = InteractionMetricsAggregator.builder()
                    .mode(QuantileMode.EXACT).allowedLateness(Duration.ofMinutes(10)).build();
            Pipeline<InteractionMetrics> pipeline = Pipeline.<InteractionMetrics>builder()
                    .source(StreamSource.of(stream))
                    .aggregator(metrics)
                    .sink(sink(env, table))
                    .checkpointStore(FileCheckpointStore.builder(state.resolve("metrics.ckpt")).build())
                    .checkpointEvery(500)
                    .build();
            pipeline.start();
            if (sim != null) {
                sim.workload().emit(600);
                long last = sim.workload().emittedCount();
                waitUntil(() -> pipeline.position().map(Long::parseLong).orElse(0L) >= last, Duration.ofMinutes(2));
            } else {
                long seconds = Long.parseLong(env.getOrDefault("CXONE_EXAMPLE_SECONDS", "60"));
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
            }
            pipeline.close(); // flushes every open bucket and saves the last checkpoint
            out.printf("%-22s %-20s %6s %9s %9s %9s %9s%n", "hour", "campaign", "count", "handleP50", "handleP95",
                    "waitP50", "waitP95");
            table.values().forEach(r -> out.printf("%-22s %-20s %6d %9.1f %9.1f %9.1f %9.1f%n", r.hour(),
                    r.campaignId(), r.count(), r.handleTime().p50(), r.handleTime().p95(), r.waitTime().p50(),
                    r.waitTime().p95()));
            out.println("Events aggregated: " + pipeline.events() + ", skipped as malformed: " + metrics.malformed());
            return Map.copyOf(table);
        }
    }

    /** InfluxDB through InfluxSink when INFLUX_URL is set, and the in-memory table that is printed. */
    private static Sink<InteractionMetrics> sink(Map<String, String> env, Map<String, InteractionMetrics> table) {
        String url = env.get("INFLUX_URL");
        Sink<InteractionMetrics> influx = null;
        if (url != null) {
            InfluxWriterBuilder writer = InfluxWriter.builder(URI.create(url)).v1(env.getOrDefault("INFLUX_DB", "cxone"));
            if (env.get("INFLUX_TOKEN") != null) {
                writer.token(Secret.of(env.get("INFLUX_TOKEN")));
            }
            influx = InfluxSink.of(writer.build());
        }
        Sink<InteractionMetrics> influxSink = influx;
        return new Sink<>() {
            @Override
            public void write(List<InteractionMetrics> results) {
                if (influxSink != null) {
                    influxSink.write(results); // returns once InfluxDB acknowledged: then the pipeline checkpoints
                }
                results.forEach(r -> table.put(r.hour() + "|" + r.campaignId(), r));
            }

            @Override
            public void close() {
                if (influxSink != null) {
                    influxSink.close();
                }
            }
        };
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("cxone-metrics-example");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + timeout);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
