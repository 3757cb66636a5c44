package io.github.cxonesdk.dashboards.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.spi.CallInfo;
import io.github.cxonesdk.core.spi.CxoneListener;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class SubscriptionsClientIT {

    @Test
    void invalidSubscription_failsWithModelValidationException_beforeAnyRequest(CxoneSimulator sim) {
        AtomicInteger attempts = new AtomicInteger();
        CxoneListener counting = new CxoneListener() {
            @Override
            public void onAttempt(CallInfo call, int attempt) {
                attempts.incrementAndGet();
            }
        };
        try (CxoneHttp http = CxoneHttp.builder().config(CxoneConfig.fromEnvironment(sim.environment()))
                .listener(counting).build()) {
            SubscriptionsClient subscriptions = SubscriptionsClient.create(http);
            Subscription noUrl = new Subscription(null, "", List.of(), new WebhookDelivery("webhook", null, null), true);
            assertThatThrownBy(() -> subscriptions.create(noUrl))
                    .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("delivery.url", "eventFilters", "name"));
            assertThat(attempts).hasValue(0);

            Subscription created = subscriptions.create(Subscription.dashboardChanges("Unsigned",
                    URI.create("http://127.0.0.1:9/unused")));
            assertThat(subscriptions.get(created.id()).name()).isEqualTo("Unsigned");
            subscriptions.delete(created.id());
            assertThatThrownBy(() -> subscriptions.get(created.id())).isInstanceOf(NotFoundException.class);
        }
    }
}
