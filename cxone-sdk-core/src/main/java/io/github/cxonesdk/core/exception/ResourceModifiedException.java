package io.github.cxonesdk.core.exception;

/**
 * The resource changed since it was read (HTTP 409 or 412): the {@code If-Match} ETag is stale.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ResourceModifiedException extends CxoneServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     */
    public ResourceModifiedException(String message, ErrorDetails details) {
        super(message, details);
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     * @param cause the underlying failure, or {@code null}
     */
    public ResourceModifiedException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
