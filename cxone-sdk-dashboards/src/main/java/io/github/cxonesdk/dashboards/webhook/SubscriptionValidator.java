package io.github.cxonesdk.dashboards.webhook;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.ModelBinding;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a {@link Subscription} before it is sent and reports every violation at once with its path:
 * a non-blank name; at least one event filter, each with a non-blank {@code eventType} and an
 * {@code entityId} that is absent (every entity) or not blank; a delivery of type {@code webhook} to an
 * absolute {@code http}/{@code https} URL; a retry policy, when given, with {@code maxRetries} in
 * {@code 0..}{@value #MAX_RETRIES} (the rules the simulator applies).
 *
 * <pre>{@code
 * List<Violation> problems = SubscriptionValidator.create().violations(subscription);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubscriptionValidator {
    /** The most delivery retries a subscription may ask for. */
    public static final int MAX_RETRIES = 10;

    private static final SubscriptionValidator INSTANCE = new SubscriptionValidator();

    private SubscriptionValidator() {
    }

    /**
     * Returns the validator.
     *
     * @return the validator
     */
    public static SubscriptionValidator create() {
        return INSTANCE;
    }

    /**
     * Returns every violation of {@code subscription}, sorted by path.
     *
     * @param subscription the subscription
     * @return the violations, empty when it is valid
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    public List<Violation> violations(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription == null");
        List<Violation> out = new ArrayList<>();
        if (subscription.name() == null || subscription.name().isBlank()) {
            out.add(new Violation("name", "must not be blank"));
        }
        if (subscription.eventFilters().isEmpty()) {
            out.add(new Violation("eventFilters", "must have at least one event filter"));
        }
        for (int i = 0; i < subscription.eventFilters().size(); i++) {
            EventFilter filter = subscription.eventFilters().get(i);
            notBlank(filter.eventType(), "eventFilters[" + i + "].eventType", out);
            if (filter.entityId() != null) {
                notBlank(filter.entityId(), "eventFilters[" + i + "].entityId", out);
            }
        }
        delivery(subscription.delivery(), out);
        return out.stream().sorted().toList();
    }

    /**
     * Throws when {@code subscription} breaks any rule.
     *
     * @param subscription the subscription
     * @throws ModelValidationException listing every violation
     * @throws NullPointerException if {@code subscription} is {@code null}
     */
    public void validate(Subscription subscription) {
        ModelBinding.throwIfAny("Subscription", violations(subscription));
    }

    private static void delivery(WebhookDelivery delivery, List<Violation> out) {
        if (delivery == null) {
            out.add(new Violation("delivery", "must not be null"));
            return;
        }
        if (!WebhookDelivery.WEBHOOK.equals(delivery.type())) {
            out.add(new Violation("delivery.type", "must be '" + WebhookDelivery.WEBHOOK + "'"));
        }
        URI url = delivery.url();
        String scheme = url == null || url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url == null || url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            out.add(new Violation("delivery.url", "must be an absolute http or https URL"));
        }
        int retries = delivery.retryPolicy() == null ? 0 : delivery.retryPolicy().maxRetries();
        if (retries < 0 || retries > MAX_RETRIES) {
            out.add(new Violation("delivery.retryPolicy.maxRetries", "must be between 0 and " + MAX_RETRIES));
        }
    }

    private static void notBlank(String value, String path, List<Violation> out) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(path, "must not be blank"));
        }
    }
}
