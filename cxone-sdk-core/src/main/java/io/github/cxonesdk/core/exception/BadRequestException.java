package io.github.cxonesdk.core.exception;

/**
 * The service rejected the request as invalid (HTTP 400), for example {@code query_complexity_exceeded}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class BadRequestException extends CxoneServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     */
    public BadRequestException(String message, ErrorDetails details) {
        super(message, details);
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     * @param cause the underlying failure, or {@code null}
     */
    public BadRequestException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
