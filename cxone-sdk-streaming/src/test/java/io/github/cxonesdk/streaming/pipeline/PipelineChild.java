package io.github.cxonesdk.streaming.pipeline;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline the crash test runs in a child JVM (killed with SIGKILL at random points): reads the
 * simulator's CXONE_* variables, aggregates into a file sink, checkpoints often, prints its position.
 */
public final class PipelineChild {
    private PipelineChild() {
    }

    public static void main(String[] args) throws Exception {
        Path sink = Path.of(args[0]);
        Path checkpoint = Path.of(args[1]);
        CxoneConfig config = CxoneConfig.fromEnvironment();
        StreamClient.Builder client = StreamClient.builder(config.eventStreamUrl(),
                        StreamProtocols.events("interaction.completed"), TokenProviders.fromConfig(config))
                .resumeAfter(0)
                .backoff(Backoff.exponential(Duration.ofMillis(10), Duration.ofMillis(200)));
        Pipeline<InteractionMetrics> pipeline = Pipeline.<InteractionMetrics>builder()
                .source(StreamSource.of(client))
                .aggregator(metrics())
                .sink(new FileResultSink(sink))
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

    static InteractionMetricsAggregator metrics() {
        return InteractionMetricsAggregator.builder()
                .allowedLateness(Duration.ofMinutes(10))
                .idleTimeout(Duration.ofDays(1))
                .interimEvery(50)
                .build();
    }
}
