package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.CxoneException;

/**
 * {@link InfluxWriter#flush()} or {@link InfluxWriter#close()} reports that buffered lines could not be
 * written; the cause is the first failure ({@link InfluxRejectedException} or
 * {@link InfluxUnavailableException}), later ones are suppressed (at most 10 are kept).
 *
 * <p>Instances are immutable and thread-safe.
 */
public class InfluxWriteFailedException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /** How many lines were not written in the end. */
    private final long unwrittenLines;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param unwrittenLines how many lines were not written, at most
     * @param cause the first failure
     */
    public InfluxWriteFailedException(String message, long unwrittenLines, Throwable cause) {
        super(message, cause);
        this.unwrittenLines = unwrittenLines;
    }

    /**
     * Returns how many lines were not written (an upper bound when the server answered 400).
     *
     * @return the count
     */
    public long unwrittenLines() {
        return unwrittenLines;
    }
}
