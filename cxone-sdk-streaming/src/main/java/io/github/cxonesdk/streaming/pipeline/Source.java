package io.github.cxonesdk.streaming.pipeline;

import io.github.cxonesdk.streaming.StreamEvent;

/**
 * Where a {@link Pipeline} reads events from, with a resumable position: an opaque string (a stream
 * sequence, a polling cursor such as an {@code updatedSince} time) that the pipeline saves in its
 * checkpoints and hands back on restart. {@link StreamSource} is the built-in over a
 * {@link io.github.cxonesdk.streaming.StreamClient}; a polling source implements the same interface,
 * so aggregators, sinks and checkpoint stores do not change.
 *
 * <p>Implementations must be thread-safe for {@link #close()}; the receiver is called from one thread
 * at a time, and a receiver that blocks slows the source down (backpressure).
 */
public interface Source extends AutoCloseable {
    /**
     * Starts reading events after {@code position}.
     *
     * @param position a position previously given to the receiver, or null to start where the
     *                 source starts by default
     * @param receiver gets the events in order
     * @throws IllegalArgumentException when the position is not one of this source
     * @throws IllegalStateException    when already started
     */
    void start(String position, Receiver receiver);

    /** Stops reading; no receiver call starts after this returns. Idempotent. */
    @Override
    void close();

    /**
     * Gets the events of a source.
     */
    interface Receiver {
        /**
         * Takes one event.
         *
         * @param event    the event
         * @param position the position just after this event, to resume from
         */
        void onEvent(StreamEvent event, String position);

        /**
         * Tells that the source failed for good (it retries what it can by itself).
         *
         * @param error the failure
         */
        void onError(Throwable error);
    }
}
