package io.github.cxonesdk.examples;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.ChangeExample;
import io.github.cxonesdk.schema.CompatibilityMode;
import io.github.cxonesdk.schema.EventIngestionClient;
import io.github.cxonesdk.schema.IngestionReceipt;
import io.github.cxonesdk.schema.Publication;
import io.github.cxonesdk.schema.SchemaChange;
import io.github.cxonesdk.schema.SchemaDiff;
import io.github.cxonesdk.schema.SchemaDiffReport;
import io.github.cxonesdk.schema.VersionedEvent;
import io.github.cxonesdk.schema.VersionedEventPublisher;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRules;
import io.github.cxonesdk.schema.mapping.MigrationChain;
import io.github.cxonesdk.schema.mapping.TransformRegistry;
import io.github.cxonesdk.streaming.fanout.Broadcaster;
import io.github.cxonesdk.streaming.fanout.SseServer;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Evolves a Data Action event schema: finds the breaking changes between the legacy (v1) and the
 * target (v2) schema with example payloads, maps legacy payloads to v2 with compiled rules (e-mail
 * to agent id through a directory lookup, milliseconds to seconds), validates them, ingests
 * them as versioned events, and publishes the legacy events to downstream subscribers through the
 * streaming fan-out: one SSE stream per schema version ({@code /events/v1}, {@code /events/v2}), the
 * v2 stream carrying the migrated payloads; an event that cannot be migrated is reported, not published.
 *
 * <p>Runs against a real tenant when {@code CXONE_BASE_URL} is set (with the other {@code CXONE_*}
 * variables of {@link CxoneConfig#fromEnvironment()}), otherwise against an embedded
 * {@link CxoneSimulator}.
 *
 * <pre>{@code
 * ./mvnw -q -Pquick -pl cxone-sdk-examples -am compile exec:java -Dexec.mainClass=io.github.cxonesdk.examples.SchemaEvolutionExample
 * }</pre>
 */
public final class SchemaEvolutionExample {
    static final String LEGACY_SCHEMA = """
            {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
             "properties": {"contactId": {"type": "string"}, "agentEmail": {"type": "string", "format": "email"},
                            "callDuration": {"type": "integer", "minimum": 0}, "skill": {"type": "string"}},
             "required": ["contactId", "agentEmail", "callDuration"]}""";
    static final String TARGET_SCHEMA = """
            {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
             "properties": {"contactId": {"type": "string"}, "agentId": {"type": "string", "minLength": 1},
                            "durationSeconds": {"type": "number", "minimum": 0}, "skill": {"type": "string"}},
             "required": ["contactId", "agentId", "durationSeconds"], "additionalProperties": false}""";
    static final String RULES = """
            rules:
              - source: contactId
                target: contactId
              - source: agentEmail
                target: agentId
                transform: agentIdFromEmail
              - source: callDuration
                target: durationSeconds
                transform: convert
                args: [ms, s]
              - source: skill
                target: skill
                transform: normalizeWhitespace
                optional: true
            """;
    static final List<String> LEGACY_PAYLOADS = List.of(
            "{\"contactId\": \"c-1\", \"agentEmail\": \"Ada@example.com\", \"callDuration\": 183500, \"skill\": \" billing  tier2 \"}",
            "{\"contactId\": \"c-2\", \"agentEmail\": \"grace@example.com\", \"callDuration\": 42000, \"legacyFlag\": true}");
    private static final Map<String, String> AGENT_DIRECTORY = Map.of("ada@example.com", "1001", "grace@example.com", "1002");

    /** What the example did, for its test. */
    record Outcome(SchemaDiffReport report, List<VersionedEvent> events, List<IngestionReceipt> receipts,
            List<Publication> publications, List<String> receivedV2) {
    }

    private SchemaEvolutionExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    static Outcome run(Map<String, String> env, PrintStream out) {
        JsonNode legacy = CxoneJson.mapper().readTree(LEGACY_SCHEMA);
        JsonNode target = CxoneJson.mapper().readTree(TARGET_SCHEMA);

        SchemaDiffReport report = SchemaDiff.compare(legacy, target);
        out.println("BACKWARD compatible: " + report.isCompatible(CompatibilityMode.BACKWARD)
                + ", FORWARD compatible: " + report.isCompatible(CompatibilityMode.FORWARD));
        for (SchemaChange change : report.breakingChanges(CompatibilityMode.FULL)) {
            out.println("  " + change);
            for (ChangeExample example : change.examples()) {
                out.println("    e.g. " + example.direction() + ": " + example.payload());
            }
        }

        TransformRegistry transforms = TransformRegistry.builtIns().with("agentIdFromEmail", (value, a) -> {
            String id = AGENT_DIRECTORY.get(value.stringValue().toLowerCase(java.util.Locale.ROOT));
            if (id == null) {
                throw new IllegalArgumentException("agent not in the directory");
            }
            return JsonNodeFactory.instance.stringNode(id);
        });
        MappingEngine v1ToV2 = MappingEngine.builder(MappingRules.fromYaml(RULES))
                .transforms(transforms).strict(true).targetSchema(target).build();

        List<VersionedEvent> events = new ArrayList<>();
        for (String legacyPayload : LEGACY_PAYLOADS) {
            JsonNode v2 = v1ToV2.map(CxoneJson.mapper().readTree(legacyPayload));
            events.add(new VersionedEvent("2", "DataActionCompleted", Instant.parse("2026-11-29T10:00:00Z"), v2));
            out.println("mapped: " + legacyPayload.replaceAll("\\s+", " ") + " -> " + v2);
        }

        try (CxoneSimulator sim = env.get("CXONE_BASE_URL") == null ? CxoneSimulator.builder().build().start() : null;
             CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim == null ? env : sim.environment()))) {
            out.println("target: " + (sim == null ? http.config().baseUrl() : "embedded simulator at " + sim.baseUrl()));
            EventIngestionClient ingestion = EventIngestionClient.builder(http).schema("2", target).build();
            List<IngestionReceipt> receipts = new ArrayList<>();
            for (VersionedEvent event : events) {
                IngestionReceipt receipt = ingestion.ingest(event);
                receipts.add(receipt);
                out.println("ingested " + event.payload().get("contactId").stringValue() + " as " + receipt.id() + " (" + receipt.status() + ")");
            }
            List<Publication> publications = new ArrayList<>();
            List<String> received = publish(legacy, target, v1ToV2, publications, out);
            return new Outcome(report, events, receipts, publications, received);
        }
    }

    /**
     * Publishes the legacy (v1) events, plus one whose agent is not in the directory, to one SSE
     * stream per schema version, and returns what a v2 subscriber received.
     */
    private static List<String> publish(JsonNode legacySchema, JsonNode targetSchema, MappingEngine v1ToV2,
            List<Publication> publications, PrintStream out) {
        MigrationChain chain = MigrationChain.builder().step("1", "2", v1ToV2).build();
        Broadcaster v1 = Broadcaster.builder().queueCapacity(1_000).build();
        Broadcaster v2 = Broadcaster.builder().queueCapacity(1_000).build();
        VersionedEventPublisher publisher = VersionedEventPublisher.builder(chain)
                .version("1", v1).version("2", v2)
                .schema("1", legacySchema).schema("2", targetSchema)
                .build();
        List<String> payloads = new ArrayList<>(LEGACY_PAYLOADS);
        payloads.add("{\"contactId\": \"c-3\", \"agentEmail\": \"nobody@example.com\", \"callDuration\": 1000}");
        try (v1; v2; SseServer sse = SseServer.builder(v2).path("/events/v2").route("/events/v1", v1).build().start();
             SseSubscriber subscriber = new SseSubscriber(sse.url("/events/v2"), LEGACY_PAYLOADS.size())) {
            out.println("SSE streams: " + sse.url("/events/v1") + " and " + sse.url("/events/v2"));
            for (String payload : payloads) {
                VersionedEvent event = new VersionedEvent("1", "DataActionCompleted", Instant.parse("2026-11-29T10:00:00Z"),
                        CxoneJson.mapper().readTree(payload));
                Publication publication = publisher.publish(event);
                publications.add(publication);
                out.println(publication.published() ? "published " + publication.messageIds() : "not published: " + publication.violations());
            }
            List<String> received = subscriber.await(Duration.ofSeconds(30));
            received.forEach(data -> out.println("v2 subscriber received: " + data));
            return received;
        }
    }

    /** A downstream SSE client over loopback: collects the data of the first {@code expected} events. */
    private static final class SseSubscriber implements AutoCloseable {
        private final List<String> data = new CopyOnWriteArrayList<>();
        private final CountDownLatch done;
        private final Stream<String> lines;

        SseSubscriber(URI url, int expected) {
            this.done = new CountDownLatch(expected);
            try {
                this.lines = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofLines()).body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while subscribing", e);
            }
            Thread reader = new Thread(() -> {
                try {
                    lines.filter(line -> line.startsWith("data: ")).forEach(line -> {
                        data.add(line.substring(6));
                        done.countDown();
                    });
                } catch (UncheckedIOException e) {
                    // the stream was closed
                }
            }, "sse-subscriber");
            reader.setDaemon(true);
            reader.start();
        }

        List<String> await(Duration timeout) {
            try {
                if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the subscriber got " + data.size() + " events in " + timeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            return List.copyOf(data);
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
