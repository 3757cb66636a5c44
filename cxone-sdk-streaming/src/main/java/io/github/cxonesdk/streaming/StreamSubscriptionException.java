package io.github.cxonesdk.streaming;

import io.github.cxonesdk.core.exception.CxoneException;

/**
 * The stream server refused the subscription (it answered {@code {"type":"error"}}) or the
 * connection was refused for good (403, 404, repeated 401). The client does not retry.
 */
public class StreamSubscriptionException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, with the server's message redacted and length-capped
     * @param cause   the cause, or null
     */
    public StreamSubscriptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
