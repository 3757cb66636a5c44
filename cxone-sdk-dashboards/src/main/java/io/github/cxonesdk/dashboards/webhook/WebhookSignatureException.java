package io.github.cxonesdk.dashboards.webhook;

import io.github.cxonesdk.core.exception.CxoneException;

/**
 * A webhook delivery's {@code X-CXone-Signature} is missing or does not match its body: the request
 * did not come from the service with the shared secret, or was altered on the way. Answer such a
 * request with {@code 401} and do not act on it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class WebhookSignatureException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, never the secret or the body
     */
    public WebhookSignatureException(String message) {
        super(message);
    }
}
