package io.github.cxonesdk.dashboards.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionValidatorTest {
    private static final URI HOOK = URI.create("https://bi.example.com/hooks/cxone");
    private final SubscriptionValidator validator = SubscriptionValidator.create();

    @Test
    void dashboardChanges_isValid_andBuiltFromTheDocumentedParts() {
        Subscription subscription = Subscription.dashboardChanges("BI", HOOK);
        assertThat(validator.violations(subscription)).isEmpty();
        assertThat(subscription.eventFilters()).containsExactly(
                EventFilter.anyEntity(EventFilter.DASHBOARD_UPDATED), EventFilter.anyEntity(EventFilter.DASHBOARD_CREATED));
        assertThat(EventFilter.anyEntity("x").entityId()).isEqualTo(EventFilter.ANY_ENTITY);
        assertThat(subscription.delivery()).isEqualTo(WebhookDelivery.webhook(HOOK));
        assertThat(subscription.delivery().retryPolicy()).isEqualTo(new WebhookDelivery.RetryPolicy(3, "exponential"))
                .isEqualTo(WebhookDelivery.RetryPolicy.exponential(3));
    }

    @Test
    void everyBrokenRule_isReportedAtOnce_withPaths() {
        Subscription broken = new Subscription(null, " ", List.of(new EventFilter("", " ")),
                new WebhookDelivery("email", URI.create("ftp://host/x"), new WebhookDelivery.RetryPolicy(-1, "exponential")),
                true);
        assertThat(validator.violations(broken)).extracting(Violation::path).containsExactly(
                "delivery.retryPolicy.maxRetries", "delivery.type", "delivery.url",
                "eventFilters[0].entityId", "eventFilters[0].eventType", "name");
        assertThat(validator.violations(new Subscription(null, "n", List.of(), null, true)))
                .extracting(Violation::path).containsExactly("delivery", "eventFilters");
        assertThat(validator.violations(new Subscription(null, "n", List.of(EventFilter.anyEntity("e")),
                new WebhookDelivery("webhook", URI.create("/relative"), null), true)))
                .extracting(Violation::path).containsExactly("delivery.url");
        Subscription anyEntity = new Subscription(null, "n", List.of(new EventFilter("dashboard.updated", null)),
                new WebhookDelivery("webhook", HOOK, new WebhookDelivery.RetryPolicy(SubscriptionValidator.MAX_RETRIES,
                        "exponential")), true);
        assertThat(validator.violations(anyEntity)).isEmpty();
        Subscription tooManyRetries = new Subscription(null, "n", List.of(EventFilter.anyEntity("e")),
                new WebhookDelivery("webhook", HOOK, new WebhookDelivery.RetryPolicy(11, "exponential")), true);
        assertThat(validator.violations(tooManyRetries)).extracting(Violation::toString)
                .containsExactly("delivery.retryPolicy.maxRetries: must be between 0 and 10");
    }

    @Test
    void validate_throwsModelValidationException_notIllegalArgument() {
        Subscription noName = new Subscription(null, null, List.of(), WebhookDelivery.webhook(HOOK), true);
        assertThatThrownBy(() -> validator.validate(noName))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("eventFilters", "name"));
    }
}
