package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.CxoneClientException;

/**
 * {@link InfluxWriter#enqueue} found the buffer too full for the points under {@link Backpressure#FAIL}, or the
 * writer is closed; none of the points was buffered.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class InfluxBufferFullException extends CxoneClientException {
    private static final long serialVersionUID = 1L;

    /** How many lines the full buffer refused. */
    private final int refusedLines;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param refusedLines how many lines were refused
     */
    public InfluxBufferFullException(String message, int refusedLines) {
        super(message);
        this.refusedLines = refusedLines;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what failed, with context
     * @param refusedLines how many lines were refused
     * @param cause the underlying failure
     */
    public InfluxBufferFullException(String message, int refusedLines, Throwable cause) {
        super(message, cause);
        this.refusedLines = refusedLines;
    }

    /**
     * Returns how many lines were refused.
     *
     * @return the count
     */
    public int refusedLines() {
        return refusedLines;
    }
}
