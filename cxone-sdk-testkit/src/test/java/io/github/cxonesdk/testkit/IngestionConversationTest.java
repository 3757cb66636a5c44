package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IngestionConversationTest {
    @RegisterExtension
    static CxoneSimulatorExtension extension = CxoneSimulatorExtension.configured(
            b -> b.ingestionRateLimit(5).client("no-ingest", "pw", Set.of("events:read")));

    private static final String EVENT = "{\"schema_version\":\"1.0\",\"event_type\":\"order.created\","
            + "\"timestamp\":\"2026-05-20T14:03:11Z\",\"payload\":{\"id\":1}}";

    @Test
    void accepts_thenThrottlesAboveTheRate(CxoneSimulator sim) {
        RawClient client = new RawClient(sim).authenticate();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> throttled = null;
        for (int i = 0; i < 12 && throttled == null; i++) {
            HttpResponse<String> response = client.post("/api/v2/events", EVENT);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                throttled = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(202);
                assertThat(RawClient.json(response).get("status").stringValue()).isEqualTo("accepted");
            }
        }
        assertThat(throttled).as("statuses %s", statuses).isNotNull();
        assertThat(throttled.headers().firstValue("Retry-After")).contains("1");
        assertThat(sim.ingestedEvents()).isNotEmpty().allSatisfy(e -> assertThat(e).contains("order.created"));
    }

    @Test
    void withoutIngestScope_is403_andInvalidBody_is400(CxoneSimulator sim) {
        RawClient limited = new RawClient(sim);
        limited.withToken(limited.fetchToken("no-ingest", "pw", null));
        HttpResponse<String> forbidden = limited.post("/api/v2/events", EVENT);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(RawClient.json(forbidden).get("scope").stringValue()).isEqualTo("events:ingest");

        assertThat(new RawClient(sim).authenticate().post("/api/v2/events", "[1,2]").statusCode()).isEqualTo(400);
    }
}
