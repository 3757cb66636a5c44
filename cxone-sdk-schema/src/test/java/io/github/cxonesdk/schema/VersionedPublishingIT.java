package io.github.cxonesdk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.core.spi.CallInfo;
import io.github.cxonesdk.core.spi.CxoneListener;
import io.github.cxonesdk.streaming.fanout.Broadcaster;
import io.github.cxonesdk.streaming.fanout.SseServer;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Ingests legacy events into the simulator (through 429 bursts) and publishes them as versioned
 * events; SSE subscribers over loopback, one per schema version, receive exactly their version's
 * events in publication order, and an event that fails validation is reported and published nowhere.
 */
class VersionedPublishingIT {
    private static final Duration GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final CxoneSimulatorExtension SIMULATOR = CxoneSimulatorExtension.configured(b -> b.ingestionRateLimit(4));

    /** One SSE subscriber: collects each event's name and data lines on its own thread. */
    static final class SseReader implements AutoCloseable {
        final List<String> names = new CopyOnWriteArrayList<>();
        final List<JsonNode> events = new CopyOnWriteArrayList<>();
        private final Stream<String> lines;

        SseReader(URI url) throws Exception {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            lines = response.body();
            Thread thread = new Thread(() -> {
                try {
                    lines.forEach(line -> {
                        if (line.startsWith("event: ")) {
                            names.add(line.substring(7));
                        } else if (line.startsWith("data: ")) {
                            events.add(CxoneJson.mapper().readTree(line.substring(6)));
                        }
                    });
                } catch (RuntimeException e) {
                    // stream closed
                }
            }, "sse-reader");
            thread.setDaemon(true);
            thread.start();
        }

        List<Integer> seqs() {
            return events.stream().map(e -> e.at("/payload/seq").intValue()).toList();
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    @Test
    void subscribersReceiveExactlyTheirVersionsEventsInOrder(CxoneSimulator sim) throws Exception {
        Broadcaster v1 = Broadcaster.builder().queueCapacity(100).build();
        Broadcaster v2 = Broadcaster.builder().queueCapacity(100).build();
        VersionedEventPublisher publisher = VersionedEventPublisher.builder(VersionedEventPublisherTest.CHAIN)
                .version("1", v1).version("2", v2)
                .schema("1", VersionedEventPublisherTest.V1).schema("2", VersionedEventPublisherTest.V2)
                .build();
        List<VersionedEvent> legacy = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            legacy.add(VersionedEventPublisherTest.v1(i, "agent" + i + "@example.com", 1000L * i));
        }
        // seq 5 is valid at v1 but its empty e-mail maps to an empty agentId, which v2 rejects
        legacy.set(5, VersionedEventPublisherTest.v1(5, "", 5000));
        // a v2 event reaches v2 subscribers only: there is no path back to v1
        legacy.add(new VersionedEvent("2", "DataActionCompleted", Instant.parse("2026-11-29T11:00:00Z"),
                Json.of("{'agentId':'42','durationSeconds':1.5,'seq':10}")));

        List<Integer> statuses = new CopyOnWriteArrayList<>();
        CxoneListener listener = new CxoneListener() {
            @Override
            public void onResponse(CallInfo call, int status, Duration latency) {
                statuses.add(status);
            }
        };
        try (CxoneHttp http = CxoneHttp.builder().config(CxoneConfig.fromEnvironment(sim.environment())).listener(listener).build();
             SseServer sse = SseServer.builder(v2).path("/events/v2").route("/events/v1", v1).build().start();
             SseReader sub1 = new SseReader(sse.url("/events/v1"));
             SseReader sub2 = new SseReader(sse.url("/events/v2"))) {
            await().atMost(GUARD).until(() -> v1.subscriberCount() == 1 && v2.subscriberCount() == 1);
            EventIngestionClient ingestion = EventIngestionClient.create(http);
            sim.faults().throttle(3, Duration.ofMillis(200));

            List<Publication> rejected = new ArrayList<>();
            for (VersionedEvent event : legacy) {
                assertThat(ingestion.ingest(event).status()).isEqualTo("accepted");
                Publication p = publisher.publish(event);
                if (!p.published()) {
                    rejected.add(p);
                }
            }

            assertThat(sim.ingestedEvents()).hasSize(11);
            assertThat(statuses).contains(429);
            assertThat(rejected).singleElement().satisfies(p -> assertThat(p.violations())
                    .anySatisfy(v -> assertThat(v.path()).isEqualTo("/payload/agentId")));
            assertThat(publisher.rejectedCount()).isEqualTo(1);
            await().atMost(GUARD).until(() -> sub1.events.size() == 9 && sub2.events.size() == 10);
            assertThat(sub1.seqs()).containsExactly(0, 1, 2, 3, 4, 6, 7, 8, 9);
            assertThat(sub2.seqs()).containsExactly(0, 1, 2, 3, 4, 6, 7, 8, 9, 10);
            assertThat(sub1.events).allSatisfy(e -> assertThat(e.get("schema_version").stringValue()).isEqualTo("1"));
            assertThat(sub2.events).allSatisfy(e -> {
                assertThat(e.get("schema_version").stringValue()).isEqualTo("2");
                assertThat(e.at("/payload/agentId").isString()).isTrue();
                assertThat(e.at("/payload").has("agentEmail")).isFalse();
            });
            assertThat(sub2.names).containsOnly("DataActionCompleted").hasSize(10);
            assertThat(sub2.events.get(1).at("/payload/durationSeconds").doubleValue()).isEqualTo(1.0);
        }
    }
}
