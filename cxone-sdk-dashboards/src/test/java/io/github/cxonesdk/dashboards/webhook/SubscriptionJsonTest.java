package io.github.cxonesdk.dashboards.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The subscription and delivery JSON against the samples of API.md "Event subscriptions". */
class SubscriptionJsonTest {
    private static final String API_SAMPLE = """
            {"name": "BI_Sync_Dashboard_Changes",
             "eventFilters": [{"eventType": "dashboard.updated", "entityId": "*"}, {"eventType": "dashboard.created", "entityId": "*"}],
             "delivery": {"type": "webhook", "url": "https://bi.example.com/hooks/cxone",
                          "retryPolicy": {"maxRetries": 3, "backoffStrategy": "exponential"}},
             "active": true}
            """;

    @Test
    void dashboardChanges_writesExactlyTheApiSample() {
        Subscription subscription = Subscription.dashboardChanges("BI_Sync_Dashboard_Changes",
                URI.create("https://bi.example.com/hooks/cxone"));
        JsonNode written = CxoneJson.mapper().valueToTree(subscription);
        assertThat(written).isEqualTo(CxoneJson.mapper().readTree(API_SAMPLE));
    }

    @Test
    void theApiSample_readsBackIntoAnEqualRecord() {
        Subscription read = CxoneJson.mapper().readValue(API_SAMPLE, Subscription.class);
        assertThat(read).isEqualTo(Subscription.dashboardChanges("BI_Sync_Dashboard_Changes",
                URI.create("https://bi.example.com/hooks/cxone")));
    }

    @Test
    void aDelivery_parsesEveryApiField() {
        byte[] body = """
                {"eventId": "ev-1", "eventType": "dashboard.updated", "entityId": "db-1",
                 "timestamp": "2026-05-20T14:03:11Z", "payload": {"name": "Agent Performance Monitor"}}
                """.getBytes(StandardCharsets.UTF_8);
        WebhookEvent event = WebhookReceiver.parse(body);
        assertThat(event.eventId()).isEqualTo("ev-1");
        assertThat(event.eventType()).isEqualTo(EventFilter.DASHBOARD_UPDATED);
        assertThat(event.entityId()).isEqualTo("db-1");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-05-20T14:03:11Z"));
        assertThat(event.payload().get("name").asString()).isEqualTo("Agent Performance Monitor");
    }
}
