package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.CompiledSchema;
import io.github.cxonesdk.schema.Publication;
import io.github.cxonesdk.schema.VersionedEvent;
import io.github.cxonesdk.schema.VersionedEventPublisher;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MigrationChain;
import io.github.cxonesdk.streaming.fanout.BroadcastMessage;
import io.github.cxonesdk.streaming.fanout.Broadcaster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's versioned publishing: legacy v1 events go through a {@link VersionedEventPublisher} to a v1
 * and a v2 subscriber (the publisher migrates them with the v1-to-v2 rules), and each subscriber's
 * events are checked: every one arrives, at its version, and the v2 ones pass the v2 schema.
 */
final class DemoPublishing {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private DemoPublishing() {
    }

    /** Publishes the legacy payloads; returns how many reached both subscribers, each at its version. */
    static int publish(List<ObjectNode> legacyPayloads, MappingEngine v1ToV2, JsonNode legacy, JsonNode target,
                       CompiledSchema v2) {
        MigrationChain chain = MigrationChain.builder().step("1", "2", v1ToV2).build();
        try (Broadcaster v1Subscribers = Broadcaster.builder().build();
             Broadcaster v2Subscribers = Broadcaster.builder().build();
             Broadcaster.Subscription v1Reader = v1Subscribers.subscribe(-1);
             Broadcaster.Subscription v2Reader = v2Subscribers.subscribe(-1)) {
            VersionedEventPublisher publisher = VersionedEventPublisher.builder(chain)
                    .version("1", v1Subscribers).version("2", v2Subscribers)
                    .schema("1", legacy).schema("2", target).build();
            for (ObjectNode payload : legacyPayloads) {
                Publication p = publisher.publish(new VersionedEvent("1", DemoSchema.EVENT_TYPE, Instant.now(), payload));
                if (!p.published()) {
                    throw new IllegalStateException("a v1 event was not published: " + p.violations().get(0));
                }
            }
            int v1Count = received(v1Reader, "1", null, legacyPayloads.size());
            int v2Count = received(v2Reader, "2", v2, legacyPayloads.size());
            return Math.min(v1Count, v2Count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the published events", e);
        }
    }

    private static int received(Broadcaster.Subscription reader, String version, CompiledSchema schema, int expected)
            throws InterruptedException {
        int count = 0;
        for (int i = 0; i < expected; i++) {
            BroadcastMessage message = reader.poll(HANG_GUARD);
            if (message == null) {
                throw new IllegalStateException("the v" + version + " subscriber got " + count + " of " + expected + " events");
            }
            JsonNode event = CxoneJson.mapper().readTree(message.data());
            if (!version.equals(event.path("schema_version").asString())) {
                throw new IllegalStateException("the v" + version + " subscriber got schema_version "
                        + Cli.capped(event.path("schema_version").toString()));
            }
            if (schema != null) {
                schema.validate(event.path("payload")).orThrow("published v" + version + " payload");
            }
            count++;
        }
        return count;
    }
}
