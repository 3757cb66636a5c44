package io.github.cxonesdk.dashboards.webhook;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.dashboards.internal.SubscriptionBody;
import java.util.Objects;

/**
 * Manages event subscriptions that deliver events such as {@code dashboard.created} and
 * {@code dashboard.updated} to a webhook ({@code /api/v2/events/subscriptions}).
 *
 * <pre>{@code
 * SubscriptionsClient subscriptions = SubscriptionsClient.create(http);
 * Subscription created = subscriptions.create(
 *         Subscription.dashboardChanges("BI_Sync_Dashboard_Changes", hookUrl), Secret.of(hookSecret));
 * // verify each delivery with WebhookReceiver.create(Secret.of(hookSecret))
 * }</pre>
 *
 * <p>Every subscription is checked by {@link SubscriptionValidator} before it is sent. This class is
 * immutable and thread-safe. It owns nothing (the {@link CxoneHttp} stays the caller's), so it is not
 * {@link AutoCloseable}; it has nothing to configure, so it has {@link #create(CxoneHttp)} and no builder.
 */
public final class SubscriptionsClient {
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
     * @throws ModelValidationException if the subscription breaks a rule; nothing is sent
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
     * @throws ModelValidationException if the subscription breaks a rule ({@link SubscriptionValidator});
     *         nothing is sent
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Subscription create(Subscription subscription, Secret secret) {
        SubscriptionValidator.create().validate(subscription);
        SubscriptionBody body = new SubscriptionBody(subscription.name(), subscription.eventFilters(),
                subscription.delivery(), subscription.active(), secret == null ? null : secret.reveal());
        CxoneRequest request = CxoneRequest.post(PATH).operation("CreateSubscription").body(body).build();
        return required(http.execute(request, Subscription.class).body(), "CreateSubscription");
    }

    /**
     * Reads a subscription.
     *
     * @param subscriptionId the subscription id
     * @return the subscription
     * @throws NotFoundException if there is no such subscription
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Subscription get(String subscriptionId) {
        Objects.requireNonNull(subscriptionId, "subscriptionId == null");
        CxoneRequest request = CxoneRequest.get(PATH + "/{}", subscriptionId).operation("GetSubscription").build();
        return required(http.execute(request, Subscription.class).body(), "GetSubscription");
    }

    /**
     * Deletes a subscription; no more deliveries are made.
     *
     * @param subscriptionId the subscription id
     * @throws NotFoundException if there is no such subscription
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public void delete(String subscriptionId) {
        Objects.requireNonNull(subscriptionId, "subscriptionId == null");
        http.execute(CxoneRequest.delete(PATH + "/{}", subscriptionId).operation("DeleteSubscription").build(),
                Void.class);
    }

    private static Subscription required(Subscription body, String operation) {
        if (body == null) {
            throw new CxoneClientException(operation + " returned no body");
        }
        return body;
    }
}
