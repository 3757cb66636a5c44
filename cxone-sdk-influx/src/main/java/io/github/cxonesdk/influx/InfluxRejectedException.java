package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.CxoneServiceException;
import io.github.cxonesdk.core.exception.ErrorDetails;

import java.util.Optional;

/**
 * InfluxDB answered a write with an error status that is not retried (400, 401, 403, 404, 413 for a single
 * line, 422, ...) or a retryable one (429, 5xx) until the retry budget ran out. {@link #firstRejectedLine()}
 * is the first line the server named, {@code details().serviceMessage()} its message, both capped and
 * scrubbed. After a 400 InfluxDB may have stored the batch's valid lines: {@link #unwrittenLines()} is an
 * upper bound.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class InfluxRejectedException extends CxoneServiceException {
    private static final long serialVersionUID = 1L;

    /** How many lines of the batch may not have been stored (an upper bound). */
    private final int unwrittenLines;
    /** The first line the server named, capped and scrubbed, or {@code null}. */
    private final String firstRejectedLine;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param details status, request id, server message, retry-after and attempts
     * @param unwrittenLines how many lines were not written, at most
     * @param firstRejectedLine the first line the server named, capped and scrubbed, or {@code null}
     */
    public InfluxRejectedException(String message, ErrorDetails details, int unwrittenLines, String firstRejectedLine) {
        super(message, details);
        this.unwrittenLines = unwrittenLines;
        this.firstRejectedLine = firstRejectedLine;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what failed, with context
     * @param details status, request id, server message, retry-after and attempts
     * @param unwrittenLines how many lines were not written, at most
     * @param firstRejectedLine the first line the server named, capped and scrubbed, or {@code null}
     * @param cause the underlying failure
     */
    public InfluxRejectedException(String message, ErrorDetails details, int unwrittenLines, String firstRejectedLine,
                                   Throwable cause) {
        this(message, details, unwrittenLines, firstRejectedLine);
        initCause(cause);
    }

    /**
     * Returns how many lines were not written (an upper bound after a 400).
     *
     * @return the count
     */
    public int unwrittenLines() {
        return unwrittenLines;
    }

    /**
     * Returns the first line the server named as rejected, capped and scrubbed.
     *
     * @return the line, or empty when the server named none
     */
    public Optional<String> firstRejectedLine() {
        return Optional.ofNullable(firstRejectedLine);
    }
}
