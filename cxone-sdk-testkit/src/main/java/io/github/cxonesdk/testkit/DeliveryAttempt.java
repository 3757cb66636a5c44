package io.github.cxonesdk.testkit;

import java.util.Objects;

/**
 * One attempt of the simulator to deliver a webhook event to a subscription's URL.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subscriptionId the subscription delivered to
 * @param eventId        the delivery's {@code eventId} (the same on every retry)
 * @param eventType      the event type, e.g. {@code dashboard.updated}
 * @param entityId       the id of the changed entity
 * @param attempt        1 for the first attempt, 2 for the first retry, and so on
 * @param status         the HTTP status the receiver answered, or 0 when no answer came
 * @param error          why the attempt failed without an answer, or null
 */
public record DeliveryAttempt(String subscriptionId, String eventId, String eventType, String entityId,
                              int attempt, int status, String error) {
    /**
     * Checks the components.
     *
     * @param subscriptionId the subscription delivered to
     * @param eventId        the delivery's {@code eventId} (the same on every retry)
     * @param eventType      the event type, e.g. {@code dashboard.updated}
     * @param entityId       the id of the changed entity
     * @param attempt        1 for the first attempt, 2 for the first retry, and so on
     * @param status         the HTTP status the receiver answered, or 0 when no answer came
     * @param error          why the attempt failed without an answer, or null
     * @throws NullPointerException when an id or the event type is null
     */
    public DeliveryAttempt {
        Objects.requireNonNull(subscriptionId, "subscriptionId == null");
        Objects.requireNonNull(eventId, "eventId == null");
        Objects.requireNonNull(eventType, "eventType == null");
    }

    /**
     * Tells whether the receiver answered with a 2xx status.
     *
     * @return true for a successful delivery
     */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
