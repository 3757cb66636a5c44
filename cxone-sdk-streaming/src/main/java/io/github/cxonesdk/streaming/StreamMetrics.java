package io.github.cxonesdk.streaming;

import java.util.Map;

/**
 * A snapshot of a {@link StreamClient}'s counters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param received     events received (before de-duplication)
 * @param delivered    events handed to the subscriber
 * @param duplicates   events dropped as already delivered (by id or sequence)
 * @param malformed    messages skipped, by reason
 * @param gaps         sequence gaps the server could not replay
 * @param missedEvents events lost in those gaps
 * @param reconnects   reconnect attempts scheduled
 * @param heartbeats   heartbeats answered
 * @param buffered     events buffered now (received, not yet delivered)
 * @param maxBuffered  the most events ever buffered at once
 * @param lagReports   how many times delivery lag exceeded the threshold (reported at most once a second)
 * @param maxLagMillis the longest time an event waited in the buffer before delivery, in milliseconds
 */
public record StreamMetrics(long received, long delivered, long duplicates, Map<String, Long> malformed, long gaps,
                            long missedEvents, long reconnects, long heartbeats, int buffered, int maxBuffered,
                            long lagReports, long maxLagMillis) {
    /**
     * Copies the malformed counts.
     *
     * @param received     events received (before de-duplication)
     * @param delivered    events handed to the subscriber
     * @param duplicates   events dropped as already delivered (by id or sequence)
     * @param malformed    messages skipped, by reason
     * @param gaps         sequence gaps the server could not replay
     * @param missedEvents events lost in those gaps
     * @param reconnects   reconnect attempts scheduled
     * @param heartbeats   heartbeats answered
     * @param buffered     events buffered now (received, not yet delivered)
     * @param maxBuffered  the most events ever buffered at once
     * @param lagReports   how many times delivery lag exceeded the threshold (reported at most once a second)
     * @param maxLagMillis the longest time an event waited in the buffer before delivery, in milliseconds
     * @throws NullPointerException when malformed is null
     */
    public StreamMetrics {
        malformed = Map.copyOf(malformed);
    }

    /**
     * Returns how many messages were skipped in total.
     *
     * @return the sum of {@link #malformed()}
     */
    public long malformedTotal() {
        return malformed.values().stream().mapToLong(Long::longValue).sum();
    }
}
