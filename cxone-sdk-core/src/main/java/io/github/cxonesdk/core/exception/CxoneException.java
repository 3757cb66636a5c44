package io.github.cxonesdk.core.exception;

/**
 * Root of every exception the SDK throws for a failed operation.
 *
 * <p>Unchecked, like the AWS SDK v2 and Failsafe. Programmer errors stay
 * {@link IllegalArgumentException} or {@link NullPointerException}. Messages give context
 * (operation, id, status, request id) and never hold tokens, secrets or payloads.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class CxoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed, with context
     */
    public CxoneException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed, with context
     * @param cause the underlying failure
     */
    public CxoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
