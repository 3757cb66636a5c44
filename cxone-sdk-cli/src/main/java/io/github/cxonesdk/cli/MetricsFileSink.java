package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.pipeline.Sink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's metrics sink: keeps the latest result per (hour, campaign) and rewrites a JSON file
 * (the format of {@code cxone aggregate}) atomically on every write, so a reader never sees half a file.
 * A failed write throws, and the pipeline retries it before it checkpoints. Thread-safe.
 */
final class MetricsFileSink implements Sink<InteractionMetrics> {
    private final Path file;
    private final Map<String, InteractionMetrics> latest = new TreeMap<>();

    MetricsFileSink(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void write(List<InteractionMetrics> results) {
        results.stream().filter(r -> !r.interim()).forEach(r -> latest.put(r.hour() + "\u0000" + r.campaignId(), r));
        byte[] json = CxoneJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(AggregateCommand.toJson(AggregateCommand.latestByBucket(new ArrayList<>(latest.values()))));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(temp, json);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
