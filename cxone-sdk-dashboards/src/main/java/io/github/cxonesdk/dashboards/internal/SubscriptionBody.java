package io.github.cxonesdk.dashboards.internal;

import io.github.cxonesdk.dashboards.webhook.EventFilter;
import io.github.cxonesdk.dashboards.webhook.WebhookDelivery;
import java.util.List;

/**
 * The wire form of {@code POST /api/v2/events/subscriptions}: the subscription plus its optional
 * signing secret. Never logged; {@link #toString()} redacts the secret.
 *
 * @param name the name
 * @param eventFilters the event filters
 * @param delivery the delivery
 * @param active whether active
 * @param secret the HMAC secret, or {@code null} for unsigned deliveries
 */
public record SubscriptionBody(String name, List<EventFilter> eventFilters, WebhookDelivery delivery, Boolean active,
                               String secret) {
    @Override
    public String toString() {
        return "SubscriptionBody[name=" + name + ", secret=" + (secret == null ? "none" : "****") + "]";
    }
}
