package io.github.cxonesdk.streaming.pipeline;

import io.github.cxonesdk.streaming.StreamEvent;
import java.time.Instant;
import java.util.List;

/**
 * Folds events into results. Its whole state can be saved in a checkpoint and restored, so a
 * restarted pipeline continues exactly where the checkpoint was taken.
 *
 * <p>The pipeline calls an aggregator from one thread at a time; implementations need not be
 * thread-safe.
 *
 * @param <R> the result type
 */
public interface Aggregator<R> {
    /**
     * Adds one event. An event the aggregator cannot use is counted and skipped, never thrown.
     *
     * @param event the event
     */
    void accept(StreamEvent event);

    /**
     * Returns the results that became ready since the last call (closed buckets, interim results,
     * buckets closed because they were idle at {@code now}) and forgets them.
     *
     * @param now the current processing time
     * @return the ready results, possibly empty
     */
    List<R> poll(Instant now);

    /**
     * Closes everything still open and returns the results (used on a graceful stop).
     *
     * @return the results of every open bucket, possibly empty
     */
    List<R> flush();

    /**
     * Returns the state as bytes, for a checkpoint. Results already returned by {@link #poll} or
     * {@link #flush} are not part of it.
     *
     * @return the serialised state
     */
    byte[] snapshot();

    /**
     * Replaces the state with one produced by {@link #snapshot()}.
     *
     * @param state the serialised state
     * @throws IllegalArgumentException when the bytes are not a state of this aggregator
     */
    void restore(byte[] state);

    /**
     * Adds another instance's state (from {@link #snapshot()}) to this one, where the math allows,
     * e.g. to combine partitions. The default refuses.
     *
     * @param state the other state
     * @throws UnsupportedOperationException when the aggregator cannot merge
     * @throws IllegalArgumentException      when the bytes are not a state of this aggregator
     */
    default void merge(byte[] state) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot merge states");
    }
}
