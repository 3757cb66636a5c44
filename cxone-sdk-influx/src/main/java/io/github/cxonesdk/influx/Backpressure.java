package io.github.cxonesdk.influx;

/**
 * What {@link InfluxWriter#enqueue} does when the writer's buffer is full. Whatever the policy, every line
 * that is not accepted or is dropped is counted in {@link WriterStats} and reported to
 * {@link InfluxWriteListener#onDropped}; nothing disappears silently.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Backpressure {
    /** Wait until the sender has made room (the default): a slow server slows the producer. */
    BLOCK,
    /** Drop the oldest buffered lines to make room for the new ones. */
    DROP_OLDEST,
    /** Refuse the whole call with {@link InfluxBufferFullException}; nothing of it is buffered. */
    FAIL
}
