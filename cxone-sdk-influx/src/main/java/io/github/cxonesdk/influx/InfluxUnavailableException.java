package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.CxoneClientException;

/**
 * InfluxDB could not be reached (connection refused, reset, timeout) until the retry budget ran out, or the
 * writing thread was interrupted. The lines were not written.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class InfluxUnavailableException extends CxoneClientException {
    private static final long serialVersionUID = 1L;

    /** How many lines could not be written while the server was unreachable. */
    private final int unwrittenLines;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param unwrittenLines how many lines were not written
     * @param cause the last I/O failure, or {@code null}
     */
    public InfluxUnavailableException(String message, int unwrittenLines, Throwable cause) {
        super(message, cause);
        this.unwrittenLines = unwrittenLines;
    }

    /**
     * Returns how many lines were not written.
     *
     * @return the count
     */
    public int unwrittenLines() {
        return unwrittenLines;
    }
}
