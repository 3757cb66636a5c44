package io.github.cxonesdk.influx;

/**
 * Counters of an {@link InfluxWriter} since it was built.
 *
 * @param linesWritten lines the server acknowledged
 * @param linesFailed lines given up after a refusal or an exhausted retry budget
 * @param linesDropped lines dropped or refused by the backpressure policy
 * @param retries attempts repeated after 429, 5xx or I/O failures
 * @param splits batches split in halves after a 413
 *
 * <p>Instances are immutable and thread-safe.
 */
public record WriterStats(long linesWritten, long linesFailed, long linesDropped, long retries, long splits) {
}
