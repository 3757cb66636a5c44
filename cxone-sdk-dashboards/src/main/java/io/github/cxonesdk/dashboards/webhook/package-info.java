/**
 * Webhook subscriptions for dashboard events: {@link io.github.cxonesdk.dashboards.webhook.SubscriptionsClient}
 * manages {@link io.github.cxonesdk.dashboards.webhook.Subscription}s, and
 * {@link io.github.cxonesdk.dashboards.webhook.WebhookReceiver} verifies each delivery's HMAC-SHA256
 * signature before parsing it into a {@link io.github.cxonesdk.dashboards.webhook.WebhookEvent}.
 */
package io.github.cxonesdk.dashboards.webhook;
