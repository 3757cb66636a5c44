package io.github.cxonesdk.cli;

import io.github.cxonesdk.influx.InfluxSink;
import io.github.cxonesdk.influx.InfluxWriter;
import io.github.cxonesdk.influx.InfluxWriterBuilder;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.pipeline.Sink;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the demo writes its metrics: InfluxDB through {@link InfluxSink} when {@code --influx-url} and
 * {@code --influx-db} are given, otherwise the line-protocol file {@code metrics.lp} in the demo directory.
 * Checked when the options are read, before the demo starts anything.
 */
final class DemoMetricsTarget {
    /** A down InfluxDB fails the demo after about this long per write instead of the writer's 5 minutes. */
    private static final Duration RETRY_BUDGET = Duration.ofSeconds(15);

    private final InfluxWriterBuilder influx;
    private final String description;

    private DemoMetricsTarget(InfluxWriterBuilder influx, String description) {
        this.influx = influx;
        this.description = description;
    }

    /** Reads the options: both or neither; a usage error (exit 2) otherwise. */
    static DemoMetricsTarget of(String influxUrl, String influxDb) {
        if (influxUrl == null && influxDb == null) {
            return new DemoMetricsTarget(null, null);
        }
        if (influxUrl == null || influxDb == null || influxDb.isBlank()) {
            throw CliException.badInput("--influx-url and --influx-db go together (the database must exist)");
        }
        try {
            URI url = new URI(influxUrl);
            InfluxWriterBuilder builder = InfluxWriter.builder(url).v1(influxDb).maxRetryTime(RETRY_BUDGET);
            return new DemoMetricsTarget(builder, "InfluxDB " + Cli.capped(url.getScheme() + "://" + url.getAuthority())
                    + " db " + Cli.capped(influxDb));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw CliException.badInput("--influx-url: " + Cli.message(e));
        }
    }

    /** Opens the sink; the pipeline closes it. */
    Sink<InteractionMetrics> open(Path dir) {
        return influx == null ? new MetricsFileSink(file(dir)) : InfluxSink.of(influx.build());
    }

    /** What the summary says the buckets went to. */
    String describe(Path dir) {
        return influx == null ? file(dir).toString() : description;
    }

    static Path file(Path dir) {
        return dir.resolve("metrics.lp");
    }
}
