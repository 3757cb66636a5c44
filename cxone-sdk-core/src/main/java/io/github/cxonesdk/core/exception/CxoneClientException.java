package io.github.cxonesdk.core.exception;

/**
 * A call failed without a usable response from the service: I/O failure, timeout, connection
 * reset, or a body that could not be (de)serialised.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class CxoneClientException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed, with context
     */
    public CxoneClientException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed, with context
     * @param cause the underlying failure
     */
    public CxoneClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
