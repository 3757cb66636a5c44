package io.github.cxonesdk.core.exception;

/**
 * The service throttled the call (HTTP 429) and the retry budget ran out; {@link #retryAfter()} says when to try again.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ThrottledException extends CxoneServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     */
    public ThrottledException(String message, ErrorDetails details) {
        super(message, details);
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     * @param cause the underlying failure, or {@code null}
     */
    public ThrottledException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
