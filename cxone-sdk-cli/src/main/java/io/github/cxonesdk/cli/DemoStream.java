package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.examples.AgentDashboard;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamListener;
import io.github.cxonesdk.streaming.StreamMetrics;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The demo's streaming step: {@code interaction.completed} events through the restart-safe pipeline
 * into hourly percentiles, while the simulator duplicates messages, drops the socket and expires the
 * token. Results go to the metrics sink ({@link DemoMetricsTarget}: InfluxDB or {@code metrics.lp}) and
 * to the agent dashboard's chart.
 */
final class DemoStream {
    /** What the demo reports about the stream. */
    record Outcome(long events, long duplicates, long reconnects, long malformed, long late, String output,
                   List<InteractionMetrics> buckets) {
    }

    private DemoStream() {
    }

    static Outcome run(CxoneConfig config, CxoneSimulator sim, Path dir, AgentDashboard page, Duration live,
                       DemoMetricsTarget output) {
        Path checkpoint = dir.resolve("metrics.ckpt");
        deleteIfExists(checkpoint); // each demo run starts from a fresh stream
        AtomicLong reconnects = new AtomicLong();
        StreamClient.Builder stream = StreamClient.builder(config.eventStreamUrl(),
                StreamProtocols.events("interaction.completed"), TokenProviders.fromConfig(config))
                .listener(new StreamListener() {
                    @Override
                    public void onReconnecting(int attempt, Duration delay, String reason) {
                        reconnects.incrementAndGet();
                    }
                });
        if (sim != null) {
            stream.resumeAfter(0);
        }
        InteractionMetricsAggregator aggregator = InteractionMetricsAggregator.builder().mode(QuantileMode.EXACT)
                .allowedLateness(Duration.ofMinutes(10)).interimEvery(100).build();
        Sink<InteractionMetrics> target = output.open(dir);
        List<InteractionMetrics> finals = new ArrayList<>();
        Sink<InteractionMetrics> sink = new Sink<>() {
            @Override
            public void write(List<InteractionMetrics> results) {
                target.write(results);
                synchronized (finals) {
                    results.stream().filter(r -> !r.interim()).forEach(finals::add);
                }
                results.forEach(page::publishMetrics);
            }

            @Override
            public void close() {
                target.close(); // the InfluxDB writer's HTTP client
            }
        };
        StreamSource source = StreamSource.of(stream);
        Pipeline<InteractionMetrics> pipeline = Pipeline.<InteractionMetrics>builder()
                .source(source).aggregator(aggregator).sink(sink)
                .checkpointStore(FileCheckpointStore.builder(checkpoint).build()).checkpointEvery(500).build();
        StreamMetrics metrics;
        try (pipeline) {
            pipeline.start();
            if (sim != null) {
                scriptedFaults(sim, pipeline);
            } else {
                LockSupport.parkNanos(live.toNanos());
            }
            metrics = source.client().metrics();
        }
        return new Outcome(pipeline.events(), metrics.duplicates(), Math.max(reconnects.get(), metrics.reconnects()), aggregator.malformed().values().stream()
                .mapToLong(Long::longValue).sum(), aggregator.lateDropped(), output.describe(dir),
                AggregateCommand.latestByBucket(finals));
    }

    /** 3,000 events in phases: clean, duplicated, with socket drops, after a token expiry. */
    private static void scriptedFaults(CxoneSimulator sim, Pipeline<InteractionMetrics> pipeline) {
        emitAndWait(sim, pipeline, 1_000);
        sim.faults().duplicateMessages(true);
        emitAndWait(sim, pipeline, 300);
        sim.faults().duplicateMessages(false);
        sim.faults().dropSocketAfter(250);
        emitAndWait(sim, pipeline, 600);
        sim.faults().clear();
        sim.faults().expireTokens();
        emitAndWait(sim, pipeline, 600);
        emitAndWait(sim, pipeline, 500);
    }

    private static void emitAndWait(CxoneSimulator sim, Pipeline<InteractionMetrics> pipeline, int events) {
        sim.workload().emit(events);
        long last = sim.workload().emittedCount();
        await(() -> pipeline.position().map(Long::parseLong).orElse(0L) >= last, Duration.ofSeconds(60),
                "the pipeline did not reach event " + last);
    }

    /** Polls a condition until it holds, failing after the timeout (a hang guard for the demo). */
    static void await(BooleanSupplier done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(what + " within " + timeout.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
