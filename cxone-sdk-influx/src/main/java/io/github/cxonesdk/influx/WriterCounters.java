package io.github.cxonesdk.influx;

import java.util.concurrent.atomic.AtomicLong;

/** The live counters behind {@link WriterStats}. Thread-safe. */
final class WriterCounters {
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong splits = new AtomicLong();

    void written(int lines) {
        written.addAndGet(lines);
    }

    void failed(int lines) {
        failed.addAndGet(lines);
    }

    void dropped(int lines) {
        dropped.addAndGet(lines);
    }

    void retried() {
        retries.incrementAndGet();
    }

    void split() {
        splits.incrementAndGet();
    }

    WriterStats snapshot() {
        return new WriterStats(written.get(), failed.get(), dropped.get(), retries.get(), splits.get());
    }
}
