package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.CxoneException;

import java.time.Duration;

/**
 * Observes an {@link InfluxWriter}: acknowledged batches, retries, drops and failures. Every method has an
 * empty default. Batch callbacks run on the thread that sent the batch (the caller of
 * {@link InfluxWriter#write} or the writer's sender thread {@code cxone-influx-writer-N}); drop callbacks run
 * on the thread that called {@link InfluxWriter#enqueue}. Keep them short; an exception thrown from one is
 * logged and ignored.
 *
 * <p>Implementations must be thread-safe: callbacks may come from several threads.
 */
public interface InfluxWriteListener {
    /**
     * The server acknowledged a batch.
     *
     * @param lines how many lines it held
     */
    default void onBatchWritten(int lines) {
    }

    /**
     * A batch is retried after a retryable answer (429, 5xx) or an I/O failure.
     *
     * @param attempt the attempt that failed, 1 for the first
     * @param status the HTTP status, or 0 for an I/O failure
     * @param delay how long the writer waits before the next attempt ({@code Retry-After} or backoff)
     */
    default void onRetry(int attempt, int status, Duration delay) {
    }

    /**
     * Buffered lines were dropped ({@link Backpressure#DROP_OLDEST}) or refused ({@link Backpressure#FAIL}).
     *
     * @param lines how many
     * @param policy the policy that decided it
     */
    default void onDropped(int lines, Backpressure policy) {
    }

    /**
     * A buffered batch could not be written: the server refused it or the retry budget ran out.
     *
     * @param lines how many lines were not written (at most; a 400 may have stored the valid ones)
     * @param error why
     */
    default void onFailed(int lines, CxoneException error) {
    }
}
