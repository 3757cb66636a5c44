package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.dashboards.internal.SubscriptionBody;
import java.util.Objects;

/**
 * Manages event subscriptions that deliver events such as {@code dashboard.created} and
 * {@code dashboard.updated} to a webhook ({@code /api/v2/events/subscriptions}).
 *
 * <pre>{@code
 * try (SubscriptionsClient subscriptions = SubscriptionsClient.create(http)) {
 *     Subscription created = subscriptions.create(
 *             Subscription.dashboardChanges("BI_Sync_Dashboard_Changes", hookUrl), Secret.of(hookSecret));
 * }
 * // verify each delivery with WebhookReceiver.create(Secret.of(hookSecret))
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It does not own the {@link CxoneHttp} it is given:
 * {@link #close()} leaves it open.
 */
public final class SubscriptionsClient implements AutoCloseable {
    private static final String PATH = "/api/v2/events/subscriptions";

    private final CxoneHttp http;

    private SubscriptionsClient(CxoneHttp http) {
        this.http = Objects.requireNonNull(http, "http == null");
    }

    /**
     * Returns a client over {@code http}.
     *
     * @param http the HTTP pipeline
     * @return the client
     * @throws NullPointerException if {@code http} is {@code null}
     */
    public static SubscriptionsClient create(CxoneHttp http) {
        return new SubscriptionsClient(http);
    }

    /**
     * Creates a subscription whose deliveries are not signed.
     *
     * @param subscription the subscription
     * @return the created subscription, with its id
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Subscription create(Subscription subscription) {
        return create(subscription, null);
    }

    /**
     * Creates a subscription whose deliveries carry {@code X-CXone-Signature}, an HMAC-SHA256 of the
     * body with {@code secret}; check them with {@link WebhookReceiver}.
     *
     * @param subscription the subscription
     * @param secret the signing secret, or {@code null} for unsigned deliveries
     * @return the created subscription, with its id
     * @throws IllegalArgumentException if the subscription has no name, event filter or delivery URL
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Subscription create(Subscription subscription, Secret secret) {
        Objects.requireNonNull(subscription, "subscription == null");
        if (subscription.name() == null || subscription.name().isBlank() || subscription.eventFilters().isEmpty()
                || subscription.delivery() == null || subscription.delivery().url() == null) {
            throw new IllegalArgumentException("a subscription needs a name, at least one event filter and a delivery URL");
        }
        SubscriptionBody body = new SubscriptionBody(subscription.name(), subscription.eventFilters(),
                subscription.delivery(), subscription.active(), secret == null ? null : secret.reveal());
        CxoneRequest request = CxoneRequest.post(PATH).operation("CreateSubscription").body(body).build();
        return required(http.execute(request, Subscription.class).body(), "CreateSubscription");
    }

    /**
     * Reads a subscription.
     *
     * @param id the subscription id
     * @return the subscription
     * @throws NotFoundException if there is no such subscription
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Subscription get(String id) {
        Objects.requireNonNull(id, "id == null");
        CxoneRequest request = CxoneRequest.get(PATH + "/{}", id).operation("GetSubscription").build();
        return required(http.execute(request, Subscription.class).body(), "GetSubscription");
    }

    /**
     * Deletes a subscription; no more deliveries are made.
     *
     * @param id the subscription id
     * @throws NotFoundException if there is no such subscription
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public void delete(String id) {
        Objects.requireNonNull(id, "id == null");
        http.execute(CxoneRequest.delete(PATH + "/{}", id).operation("DeleteSubscription").build(), Void.class);
    }

    /** Does nothing: the {@link CxoneHttp} belongs to the caller. */
    @Override
    public void close() {
        // The pipeline is shared and owned by whoever built it.
    }

    private static Subscription required(Subscription body, String operation) {
        if (body == null) {
            throw new CxoneClientException(operation + " returned no body");
        }
        return body;
    }
}
