package io.github.cxonesdk.cli;

import io.github.cxonesdk.influx.InfluxSink;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.pipeline.Sink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's metrics sink without an InfluxDB: keeps the latest result per (hour, campaign), as InfluxDB
 * would, and rewrites a line-protocol file (the lines {@link InfluxSink} sends, in the order of
 * {@code cxone aggregate --format line-protocol}) atomically on every write, so a reader never sees half a
 * file and {@code curl --data-binary @metrics.lp} loads it later. A failed write throws, and the pipeline
 * retries it before it checkpoints. Thread-safe.
 */
final class MetricsFileSink implements Sink<InteractionMetrics> {
    private final Path file;
    private final Map<String, InteractionMetrics> latest = new TreeMap<>();

    MetricsFileSink(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void write(List<InteractionMetrics> results) {
        results.forEach(r -> latest.put(r.hour() + "\u0000" + r.campaignId(), r));
        StringBuilder text = new StringBuilder();
        for (InteractionMetrics r : AggregateCommand.latestByBucket(new ArrayList<>(latest.values()))) {
            text.append(InfluxSink.point(r).toLineProtocol()).append('\n');
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
