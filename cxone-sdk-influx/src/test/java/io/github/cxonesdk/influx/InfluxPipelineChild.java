package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import io.github.cxonesdk.streaming.pipeline.FileCheckpointStore;
import io.github.cxonesdk.streaming.pipeline.Pipeline;
import io.github.cxonesdk.streaming.pipeline.StreamSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline {@link InfluxSinkCrashIT} runs in a child JVM and kills with SIGKILL: the simulator's stream
 * (CXONE_* variables) aggregated into {@link InfluxSink} on a real influxd, checkpointing often, printing
 * {@code started} and then its position. Arguments: influxd URL, database, checkpoint file.
 */
public final class InfluxPipelineChild {
    private InfluxPipelineChild() {
    }

    public static void main(String[] args) {
        URI influx = URI.create(args[0]);
        String db = args[1];
        Path checkpoint = Path.of(args[2]);
        CxoneConfig config = CxoneConfig.fromEnvironment();
        StreamClient.Builder client = StreamClient.builder(config.eventStreamUrl(),
                        StreamProtocols.events("interaction.completed"), TokenProviders.fromConfig(config))
                .resumeAfter(0)
                .backoff(Backoff.exponential(Duration.ofMillis(10), Duration.ofMillis(200)));
        Pipeline<InteractionMetrics> pipeline = Pipeline.<InteractionMetrics>builder()
                .source(StreamSource.of(client))
                .aggregator(InteractionMetricsAggregator.builder()
                        .allowedLateness(Duration.ofMinutes(10))
                        .idleTimeout(Duration.ofDays(1))
                        .interimEvery(50)
                        .build())
                .sink(InfluxSink.of(InfluxWriter.builder(influx).v1(db).build()))
                .checkpointStore(FileCheckpointStore.builder(checkpoint).build())
                .checkpointEvery(20)
                .checkpointInterval(Duration.ofMillis(100))
                .build();
        pipeline.closeOnShutdown();
        pipeline.start();
        System.out.println("started");
        ScheduledExecutorService report = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "report");
            t.setDaemon(true);
            return t;
        });
        report.scheduleWithFixedDelay(() -> System.out.println("position " + pipeline.position().orElse("-")),
                20, 20, TimeUnit.MILLISECONDS);
        pipeline.terminated().join();
    }
}
