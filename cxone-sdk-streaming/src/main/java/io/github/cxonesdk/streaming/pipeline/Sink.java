package io.github.cxonesdk.streaming.pipeline;

import java.util.List;

/**
 * Where a {@link Pipeline} writes aggregate results. A result re-emitted for the same key (an interim
 * result followed by the final one, a bucket re-opened by a late event, a replay after a restart)
 * must overwrite the earlier one: sinks are idempotent by key.
 *
 * <p>The pipeline calls a sink from one thread at a time.
 *
 * @param <R> the result type
 */
public interface Sink<R> extends AutoCloseable {
    /**
     * Writes results. When this method returns normally they are durable: the pipeline may then save
     * a checkpoint that no longer covers them. On failure it throws, and the pipeline neither
     * checkpoints nor drops them.
     *
     * @param results the results, in emission order (a key may occur more than once; the last wins)
     * @throws RuntimeException when the results could not be made durable
     */
    void write(List<R> results);

    /**
     * Releases what the sink holds (connections, files). Results written before are durable.
     */
    @Override
    default void close() {
    }
}
