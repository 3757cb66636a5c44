package io.github.cxonesdk.core.exception;

/**
 * The token was rejected (HTTP 401) even after one refresh and replay.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class UnauthorizedException extends CxoneServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     */
    public UnauthorizedException(String message, ErrorDetails details) {
        super(message, details);
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     * @param cause the underlying failure, or {@code null}
     */
    public UnauthorizedException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
