package io.github.cxonesdk.streaming;

import java.time.Duration;

/**
 * Observes a {@link StreamClient}: connections, reconnects, gaps, lag and skipped messages. Every
 * method has an empty default. Methods run on the client's internal threads ({@code cxone-stream-N}
 * or the JDK HTTP client's thread that completed a handshake), except {@link #onLag} (the delivery
 * thread) and {@link #onClosed} (the thread that closed the client or delivered the failing event).
 * They must return quickly.
 *
 * <p>Implementations must be thread-safe.
 */
public interface StreamListener {
    /**
     * The server confirmed the subscription; events follow.
     *
     * @param resumedAfter the sequence the client resumed after, or -1 on a fresh start
     */
    default void onConnected(long resumedAfter) {
    }

    /**
     * The socket closed or failed and the client will reconnect after {@code delay}.
     *
     * @param attempt the reconnect attempt, 1 for the first after a working connection
     * @param delay   the backoff before the attempt
     * @param reason  why, already redacted and length-capped
     */
    default void onReconnecting(int attempt, Duration delay, String reason) {
    }

    /**
     * Events were lost: the sequence jumped and the server could not replay the missing ones.
     *
     * @param firstMissing the first missing sequence
     * @param lastMissing  the last missing sequence
     */
    default void onGap(long firstMissing, long lastMissing) {
    }

    /**
     * Delivery is behind: the oldest buffered event has waited longer than the configured lag
     * threshold. Reported at most once per second.
     *
     * @param lag      how long the event waited in the buffer
     * @param buffered how many events are buffered
     */
    default void onLag(Duration lag, int buffered) {
    }

    /**
     * A message was skipped (not JSON, oversized, binary, missing fields).
     *
     * @param reason a short fixed reason
     */
    default void onMalformed(String reason) {
    }

    /**
     * The client stopped for good: closed by the caller (cause null) or failed (cause set).
     *
     * @param cause the failure, or null after {@link StreamClient#close()}
     */
    default void onClosed(Throwable cause) {
    }
}
