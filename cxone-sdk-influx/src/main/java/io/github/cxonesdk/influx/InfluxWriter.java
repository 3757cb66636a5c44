package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.CxoneException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.influx.internal.BatchSender;
import io.github.cxonesdk.influx.internal.LineBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes points to InfluxDB through the v1 write API ({@code /write?db=&rp=&precision=}, which InfluxDB 3
 * also accepts) or the v2 API ({@code /api/v2/write?org=&bucket=&precision=}), over
 * {@code java.net.http.HttpClient}.
 *
 * <pre>{@code
 * try (InfluxWriter writer = InfluxWriter.builder(URI.create("http://127.0.0.1:8086"))
 *         .v1("metrics")
 *         .build()) {
 *     writer.write(points);      // returns once InfluxDB acknowledged every line
 *     writer.enqueue(morePoints); // buffered; sent in batches by the writer's thread
 * }                              // close() flushes the buffer and reports what it could not write
 * }</pre>
 *
 * <p>Two ways to write: {@link #write} sends on the caller's thread and returns only once every line was
 * acknowledged, or throws; {@link #enqueue} puts lines in a bounded buffer (lines and bytes) that one sender
 * thread ({@code cxone-influx-writer-N}, daemon, started on first use) sends in batches of
 * {@code batchLines}/{@code batchBytes}, waiting at most {@code linger} for a batch to fill; when the buffer is
 * full the {@link Backpressure} policy decides. Both split lines into batches, retry 429, 5xx and I/O
 * failures with {@code Retry-After} (capped) or jittered exponential backoff within {@code maxRetryTime} per
 * batch, split a batch in halves on 413 down to single lines, and never retry other 4xx answers: they are
 * reported with the server's message and the first rejected line. Points are checked and encoded on the
 * caller's thread, so an invalid point fails the call before anything is sent. Credentials never appear in
 * messages, logs or {@link #toString()}.
 *
 * <p>This class is thread-safe: any thread may call any method; {@link #close()} waits for the buffer.
 */
public final class InfluxWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InfluxWriter.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int MAX_KEPT_FAILURES = 10;

    private final int batchLines;
    private final long batchBytes;
    private final java.time.Duration linger;
    private final int bufferLines;
    private final long bufferBytes;
    private final Backpressure backpressure;
    private final WritePrecision precision;
    private final InfluxWriteListener listener;
    private final String description;
    private final BatchSender sender;
    private final LineBuffer buffer;
    private final WriterCounters counters = new WriterCounters();
    private final Object lifecycle = new Object();
    private Thread thread;
    private boolean closed;
    private final List<CxoneException> unreported = new ArrayList<>();
    private long unreportedLines;

    InfluxWriter(InfluxWriterBuilder config, BatchSender sender) {
        // a snapshot: changing the builder afterwards does not change this writer
        this.batchLines = config.batchLines;
        this.batchBytes = config.batchBytes;
        this.linger = config.linger;
        this.bufferLines = config.bufferLines;
        this.bufferBytes = config.bufferBytes;
        this.backpressure = config.backpressure;
        this.precision = config.precision;
        this.listener = config.listener;
        this.description = config.describe();
        this.sender = sender;
        this.buffer = new LineBuffer(bufferLines, bufferBytes);
    }

    /**
     * Starts a writer for the InfluxDB at {@code url} ({@code http://host:8086}, optionally with a path prefix).
     * Choose the API with {@link InfluxWriterBuilder#v1} or {@link InfluxWriterBuilder#v2}.
     *
     * @param url the server's base URL
     * @return a builder
     */
    public static InfluxWriterBuilder builder(java.net.URI url) {
        return new InfluxWriterBuilder(url);
    }

    /**
     * Writes points and returns once InfluxDB acknowledged every line. Batches after a refused one are still
     * sent; after a batch ran out of retry budget (server unreachable) the rest is not tried.
     *
     * @param points the points; nothing is sent if any of them is invalid
     * @throws ModelValidationException if a point's time cannot be written at the writer's precision
     * @throws InfluxRejectedException if the server refused lines (with the first rejected line), or kept
     *     answering 429/5xx for the whole retry budget
     * @throws InfluxUnavailableException if the server could not be reached within the retry budget
     * @throws IllegalStateException if the writer is closed
     */
    public void write(Collection<Point> points) {
        List<byte[]> lines = encode(points);
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("InfluxWriter is closed");
            }
        }
        CxoneException first = null;
        int failures = 0;
        int unwritten = 0;
        for (int from = 0; from < lines.size(); ) {
            int to = batchEnd(lines, from);
            CxoneException failure = sender.send(lines.subList(from, to), events());
            int batchSize = to - from;
            from = to;
            if (failure == null) {
                continue;
            }
            int lost = lostLines(failure, batchSize);
            if (unreachable(failure)) {
                lost += lines.size() - to; // the server is gone for now: do not burn a budget per batch
                from = lines.size();
            }
            counters.failed(lost);
            unwritten += lost;
            failures++;
            if (first == null) {
                first = failure;
            } else {
                first.addSuppressed(failure);
            }
        }
        if (first != null) {
            throw failures == 1 && unwritten == lostLines(first, -1) ? first : new InfluxWriteFailedException(
                    unwritten + " of " + lines.size() + " lines were not written; first failure: "
                            + first.getMessage(), unwritten, first);
        }
    }

    private static boolean unreachable(CxoneException failure) {
        return failure instanceof InfluxUnavailableException
                || failure instanceof InfluxRejectedException r && (r.status() == 429 || r.status() >= 500);
    }

    /**
     * Buffers points for the sender thread. What happens when the buffer is full depends on the
     * {@link Backpressure} policy; every line dropped or refused is counted and reported to the listener.
     *
     * @param points the points; nothing is buffered if any of them is invalid
     * @throws ModelValidationException if a point's time cannot be written at the writer's precision
     * @throws InfluxBufferFullException under {@link Backpressure#FAIL} when the points do not fit, or when the
     *     writer is closed
     * @throws InfluxUnavailableException if interrupted while waiting for room under {@link Backpressure#BLOCK}
     */
    public void enqueue(Collection<Point> points) {
        List<byte[]> lines = encode(points);
        startSender();
        int dropped;
        try {
            dropped = buffer.offer(lines, toPolicy(backpressure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfluxUnavailableException("interrupted while waiting for room in the InfluxDB buffer",
                    lines.size(), e);
        }
        if (dropped < 0) {
            boolean isClosed;
            synchronized (lifecycle) {
                isClosed = closed;
            }
            if (!isClosed) {
                counters.dropped(lines.size());
                notify(l -> l.onDropped(lines.size(), Backpressure.FAIL));
            }
            throw new InfluxBufferFullException(isClosed ? "InfluxWriter is closed; " + lines.size()
                    + " lines refused" : "InfluxDB buffer full (" + bufferLines + " lines, "
                    + bufferBytes + " bytes); " + lines.size() + " lines refused", lines.size());
        }
        if (dropped > 0) {
            counters.dropped(dropped);
            LOG.warn("InfluxDB buffer full: dropped the {} oldest lines", dropped);
            notify(l -> l.onDropped(dropped, Backpressure.DROP_OLDEST));
        }
    }

    /**
     * Sends everything buffered now and waits until it was written or failed.
     *
     * @throws InfluxWriteFailedException if buffered lines could not be written since the last report
     * @throws InfluxUnavailableException if interrupted while waiting
     */
    public void flush() {
        try {
            buffer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfluxUnavailableException("interrupted while flushing; " + buffer.pending()
                    + " lines still buffered", buffer.pending(), e);
        }
        reportFailures();
    }

    /**
     * Returns the counters since this writer was built.
     *
     * @return a snapshot
     */
    public WriterStats stats() {
        return counters.snapshot();
    }

    /**
     * Stops accepting points, sends everything buffered (each batch within its retry budget, however long
     * that takes), stops the sender thread, and then reports what could not be written. Calling it again does
     * nothing. The {@code HttpClient} is released only if the writer created it.
     *
     * @throws InfluxWriteFailedException if buffered lines could not be written
     * @throws InfluxUnavailableException if interrupted while waiting; the rest of the buffer is not sent
     */
    @Override
    public void close() {
        Thread t;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            t = thread;
        }
        buffer.close();
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                t.interrupt();
                throw new InfluxUnavailableException("interrupted while closing; " + buffer.pending()
                        + " buffered lines not written", buffer.pending(), e);
            }
        }
        reportFailures();
    }

    @Override
    public String toString() {
        return "InfluxWriter[" + description + "]";
    }

    private List<byte[]> encode(Collection<Point> points) {
        Objects.requireNonNull(points, "points == null");
        List<byte[]> lines = new ArrayList<>(points.size());
        StringBuilder sb = new StringBuilder(256);
        for (Point p : points) {
            sb.setLength(0);
            LineProtocol.append(sb, Objects.requireNonNull(p, "point == null"), precision);
            lines.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return lines;
    }

    private int batchEnd(List<byte[]> lines, int from) {
        long bytes = 0;
        int to = from;
        while (to < lines.size() && to - from < batchLines) {
            long next = bytes + lines.get(to).length + 1;
            if (to > from && next > batchBytes) {
                break;
            }
            bytes = next;
            to++;
        }
        return to;
    }

    private void startSender() {
        synchronized (lifecycle) {
            if (thread != null || closed) {
                return;
            }
            thread = new Thread(this::runSender, "cxone-influx-writer-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void runSender() {
        long lingerNanos = linger.toNanos();
        try {
            List<byte[]> batch;
            while ((batch = buffer.take(batchLines, batchBytes, lingerNanos)) != null) {
                try {
                    CxoneException failure = sender.send(batch, events());
                    if (failure != null) {
                        recordAsyncFailure(failure, lostLines(failure, batch.size()));
                    }
                } finally {
                    buffer.done(batch.size());
                }
            }
        } catch (InterruptedException e) {
            int left = buffer.pending();
            recordAsyncFailure(new InfluxUnavailableException("InfluxDB sender interrupted; " + left
                    + " buffered lines not written", left, e), left);
        }
    }

    private void recordAsyncFailure(CxoneException failure, int lines) {
        counters.failed(lines);
        synchronized (unreported) {
            unreportedLines += lines;
            if (unreported.size() < MAX_KEPT_FAILURES) {
                unreported.add(failure);
            }
        }
        notify(l -> l.onFailed(lines, failure));
    }

    private void reportFailures() {
        List<CxoneException> failures;
        long lines;
        synchronized (unreported) {
            if (unreported.isEmpty()) {
                return;
            }
            failures = new ArrayList<>(unreported);
            lines = unreportedLines;
            unreported.clear();
            unreportedLines = 0;
        }
        InfluxWriteFailedException e = new InfluxWriteFailedException(lines + " buffered lines could not be "
                + "written to InfluxDB; first failure: " + failures.get(0).getMessage(), lines, failures.get(0));
        failures.stream().skip(1).forEach(e::addSuppressed);
        throw e;
    }

    private static int lostLines(CxoneException failure, int fallback) {
        if (failure instanceof InfluxRejectedException r) {
            return r.unwrittenLines() + sumSuppressed(r);
        }
        if (failure instanceof InfluxUnavailableException u) {
            return u.unwrittenLines() + sumSuppressed(u);
        }
        return fallback;
    }

    private static int sumSuppressed(CxoneException e) {
        int sum = 0;
        for (Throwable s : e.getSuppressed()) {
            if (s instanceof InfluxRejectedException r) {
                sum += r.unwrittenLines();
            } else if (s instanceof InfluxUnavailableException u) {
                sum += u.unwrittenLines();
            }
        }
        return sum;
    }

    private static CxoneException addSuppressed(CxoneException first, CxoneException next) {
        first.addSuppressed(next);
        return first;
    }

    private static LineBuffer.Policy toPolicy(Backpressure b) {
        return LineBuffer.Policy.valueOf(b.name());
    }

    private BatchSender.Events events() {
        return new BatchSender.Events() {
            @Override
            public void written(int lines) {
                counters.written(lines);
                InfluxWriter.this.notify(l -> l.onBatchWritten(lines));
            }

            @Override
            public void retry(int attempt, int status, java.time.Duration delay) {
                counters.retried();
                InfluxWriter.this.notify(l -> l.onRetry(attempt, status, delay));
            }

            @Override
            public void split() {
                counters.split();
            }
        };
    }

    private void notify(java.util.function.Consumer<InfluxWriteListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOG.warn("InfluxWriteListener threw; ignored", e);
        }
    }
}
