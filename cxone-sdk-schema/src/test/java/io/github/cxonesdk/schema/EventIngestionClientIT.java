package io.github.cxonesdk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.exception.ForbiddenException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** {@link EventIngestionClient} against the simulator: acceptance, 429 bursts, 401 refresh, 403 scope, local validation. */
class EventIngestionClientIT {
    @RegisterExtension
    static final CxoneSimulatorExtension SIMULATOR = CxoneSimulatorExtension.configured(b -> b
            .ingestionRateLimit(5)
            .client("ingest-less", "ingest-less-secret-1234", Set.of("events:read")));

    private CxoneSimulator sim;
    private CxoneHttp http;
    private EventIngestionClient client;

    @BeforeEach
    void connect(CxoneSimulator sim) {
        this.sim = sim;
        this.http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
        this.client = EventIngestionClient.builder(http)
                .schema("2", Json.of("{'type':'object','required':['agentId'],'properties':{'agentId':{'type':'string'}}}"))
                .build();
    }

    @AfterEach
    void close() {
        http.close();
    }

    private static VersionedEvent event(int n) {
        return new VersionedEvent("2", "DataActionCompleted", Instant.parse("2026-11-29T10:00:00Z").plusSeconds(n),
                Json.of("{'agentId':'a" + n + "','seq':" + n + "}"));
    }

    @Test
    void acceptedEventIsStoredInItsVersionedEnvelope() {
        IngestionReceipt receipt = client.ingest(event(1));
        assertThat(receipt.status()).isEqualTo("accepted");
        assertThat(receipt.id()).isNotBlank();
        JsonNode stored = CxoneJson.mapper().readTree(sim.ingestedEvents().get(0));
        assertThat(stored.get("schema_version").stringValue()).isEqualTo("2");
        assertThat(stored.get("event_type").stringValue()).isEqualTo("DataActionCompleted");
        assertThat(stored.get("timestamp").stringValue()).isEqualTo("2026-11-29T10:00:01Z");
        assertThat(VersionedEvent.fromJson(stored)).isEqualTo(event(1));
    }

    @Test
    void burstsAbove429LimitAreRetriedAfterRetryAfterAndStayInOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(client.ingest(event(i)).id());
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(12);
        List<Integer> seqs = sim.ingestedEvents().stream().map(s -> CxoneJson.mapper().readTree(s).at("/payload/seq").intValue()).toList();
        assertThat(seqs).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void injected429WithRetryAfterIsRetried() {
        sim.faults().throttle(2, Duration.ofSeconds(1));
        assertThat(client.ingest(event(7)).status()).isEqualTo("accepted");
        assertThat(sim.ingestedEvents()).hasSize(1);
    }

    @Test
    void expiredTokenIsRefreshedOnceAndTheEventSentOnce() {
        client.ingest(event(1));
        sim.faults().expireTokens();
        client.ingest(event(2));
        assertThat(sim.ingestedEvents()).hasSize(2);
    }

    @Test
    void missingIngestScopeIsNamedIn403() {
        Map<String, String> env = new HashMap<>(sim.environment());
        env.put("CXONE_CLIENT_ID", "ingest-less");
        env.put("CXONE_CLIENT_SECRET", "ingest-less-secret-1234");
        env.put("CXONE_SCOPES", "events:read");
        try (CxoneHttp limited = CxoneHttp.create(CxoneConfig.fromEnvironment(env))) {
            assertThatThrownBy(() -> EventIngestionClient.create(limited).ingest(event(1)))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                        assertThat(e.missingScope()).contains("events:ingest");
                        assertThat(e.getMessage()).contains("events:ingest");
                    });
        }
        assertThat(sim.ingestedEvents()).isEmpty();
    }

    @Test
    void invalidPayloadFailsBeforeAnyNetworkCall() {
        VersionedEvent bad = new VersionedEvent("2", "DataActionCompleted", Instant.EPOCH, Json.of("{'agentId':5}"));
        assertThatThrownBy(() -> client.ingest(bad)).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("/agentId");
        assertThat(sim.ingestedEvents()).isEmpty();
    }

    @Test
    void asyncIngestionCompletesWithTheReceipt() throws Exception {
        assertThat(client.ingestAsync(event(3)).get(60, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo("accepted");
    }
}
