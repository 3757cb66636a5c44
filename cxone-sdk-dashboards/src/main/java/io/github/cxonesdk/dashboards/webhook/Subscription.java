package io.github.cxonesdk.dashboards.webhook;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An event subscription that delivers events to a webhook, serialised as
 * {@code {"id", "name", "eventFilters": [...], "delivery": {...}, "active": true}}. The signing secret is
 * not part of the record (so it never shows in {@code toString()}); pass it to
 * {@link SubscriptionsClient#create(Subscription, io.github.cxonesdk.core.Secret)}.
 *
 * <pre>{@code
 * Subscription spec = Subscription.dashboardChanges("BI_Sync_Dashboard_Changes", URI.create("https://bi.example.com/hooks/cxone"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the service-assigned id, {@code null} before creation
 * @param name the subscription's display name
 * @param eventFilters which events are delivered
 * @param delivery where the service POSTs the events and how it retries failed deliveries
 * @param active whether deliveries are made
 */
public record Subscription(String id, String name, List<EventFilter> eventFilters, WebhookDelivery delivery,
                           Boolean active) {

    /**
     * Copies the filter list.
     *
     * @param id the service-assigned id, {@code null} before creation
     * @param name the subscription's display name
     * @param eventFilters which events are delivered
     * @param delivery where the service POSTs the events and how it retries failed deliveries
     * @param active whether deliveries are made
     * @throws NullPointerException if the list holds {@code null}
     */
    public Subscription {
        eventFilters = eventFilters == null ? List.of() : List.copyOf(eventFilters);
    }

    /**
     * Returns an active subscription to {@code dashboard.updated} and {@code dashboard.created} of
     * every dashboard, delivered to {@code url}.
     *
     * @param name the subscription's display name
     * @param url the receiver's URL
     * @return the subscription
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Subscription dashboardChanges(String name, URI url) {
        Objects.requireNonNull(name, "name == null");
        return new Subscription(null, name,
                List.of(EventFilter.anyEntity(EventFilter.DASHBOARD_UPDATED), EventFilter.anyEntity(EventFilter.DASHBOARD_CREATED)),
                WebhookDelivery.webhook(url), true);
    }
}
