package io.github.cxonesdk.core.exception;

/**
 * The token lacks a scope the call needs (HTTP 403). {@link #missingScope()} names it when the service says.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ForbiddenException extends CxoneServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     */
    public ForbiddenException(String message, ErrorDetails details) {
        super(message, details);
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     * @param cause the underlying failure, or {@code null}
     */
    public ForbiddenException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Returns the scope the service said is missing ({@code "scope"} in the error body).
     *
     * @return the scope, or empty when the service did not name one
     */
    public java.util.Optional<String> missingScope() {
        return java.util.Optional.ofNullable(details().missingScope());
    }
}
