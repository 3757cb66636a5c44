package io.github.cxonesdk.streaming.pipeline;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A durable test sink keyed by bucket: one JSON line per (hour, campaign), the file replaced atomically. */
public final class FileResultSink implements Sink<InteractionMetrics> {
    private final Path file;
    private final Map<String, InteractionMetrics> rows;

    public FileResultSink(Path file) {
        this.file = file;
        this.rows = read(file);
    }

    static String key(InteractionMetrics m) {
        return m.hour() + "|" + m.campaignId();
    }

    public static Map<String, InteractionMetrics> read(Path file) {
        Map<String, InteractionMetrics> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    InteractionMetrics m = CxoneJson.mapper().readValue(line, InteractionMetrics.class);
                    out.put(key(m), m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void write(List<InteractionMetrics> results) {
        results.forEach(r -> rows.put(key(r), r));
        StringBuilder text = new StringBuilder();
        rows.values().forEach(r -> text.append(CxoneJson.mapper().writeValueAsString(r)).append('\n'));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
