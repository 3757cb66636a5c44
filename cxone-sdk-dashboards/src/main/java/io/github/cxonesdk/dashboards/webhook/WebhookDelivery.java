package io.github.cxonesdk.dashboards.webhook;

import java.net.URI;
import java.util.Objects;

/**
 * How and where a subscription delivers events, serialised as
 * {@code {"type": "webhook", "url": "https://...", "retryPolicy": {"maxRetries": 3, "backoffStrategy": "exponential"}}}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param type the delivery type; {@code "webhook"}
 * @param url where the service POSTs each delivery
 * @param retryPolicy how failed deliveries are retried, or {@code null} for the service default
 */
public record WebhookDelivery(String type, URI url, RetryPolicy retryPolicy) {
    /** The webhook delivery type. */
    public static final String WEBHOOK = "webhook";

    /**
     * How the service retries a delivery the receiver did not acknowledge with 2xx.
     *
     * @param maxRetries the most retries
     * @param backoffStrategy the backoff, such as {@code "exponential"}
     */
    public record RetryPolicy(int maxRetries, String backoffStrategy) {
        /**
         * Returns exponential backoff with {@code maxRetries} retries.
         *
         * @param maxRetries the most retries
         * @return the policy
         */
        public static RetryPolicy exponential(int maxRetries) {
            return new RetryPolicy(maxRetries, "exponential");
        }
    }

    /**
     * Returns a webhook delivery to {@code url} with exponential backoff and 3 retries.
     *
     * @param url the receiver's URL
     * @return the delivery
     * @throws NullPointerException if {@code url} is {@code null}
     */
    public static WebhookDelivery webhook(URI url) {
        return new WebhookDelivery(WEBHOOK, Objects.requireNonNull(url, "url == null"), RetryPolicy.exponential(3));
    }
}
