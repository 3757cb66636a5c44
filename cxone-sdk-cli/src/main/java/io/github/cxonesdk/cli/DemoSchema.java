package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.CompatibilityMode;
import io.github.cxonesdk.schema.CompiledSchema;
import io.github.cxonesdk.schema.EventIngestionClient;
import io.github.cxonesdk.schema.PayloadValidator;
import io.github.cxonesdk.schema.SchemaDiff;
import io.github.cxonesdk.schema.SchemaDiffReport;
import io.github.cxonesdk.schema.VersionedEvent;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRules;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's schema migration: the seed Data Action event (v1: {@code agentEmail}, {@code callDuration}
 * in ms) moves to v2 ({@code agentId}, {@code durationSeconds}). Diffs the two schemas, maps legacy
 * payloads with the shipped rules, validates them against v2, ingests them as versioned events, and
 * publishes the legacy events to v1 and v2 subscribers ({@link DemoPublishing}).
 * The files go to {@code ./cxone-demo/schema/} so the {@code cxone schema} commands can be tried on them.
 */
final class DemoSchema {
    /** Where the schemas and rules ship in the jar (also usable with {@code cxone schema}). */
    static final String RESOURCES = "schema/";
    static final String EVENT_TYPE = "DataActionCompleted";
    private static final int PAYLOADS = 5;
    private static final List<String> FILES = List.of("data-action-v1.schema.json", "data-action-v2.schema.json",
            "data-action-v1-to-v2.rules.yaml");

    private DemoSchema() {
    }

    /**
     * What the step did.
     *
     * @param changes   every change between v1 and v2
     * @param breaking  the changes that break BACKWARD (v2 reading v1 payloads)
     * @param mapped    legacy payloads mapped to v2
     * @param valid     mapped payloads v2 accepts
     * @param ingested  events accepted by {@code POST /api/v2/events}
     * @param published v1 events published as versioned events that reached both the v1 and the v2 subscriber
     */
    record Outcome(int changes, int breaking, int mapped, int valid, int ingested, int published) {
        String describe() {
            return breaking + " of " + changes + " changes break BACKWARD; " + mapped + " v1 payloads mapped to v2, "
                    + valid + " valid, " + ingested + " ingested; " + published + " v1 events published to v1 and v2"
                    + " subscribers";
        }
    }

    /** Runs the step; the schemas, rules and a legacy payload are written to {@code dir} for {@code cxone schema}. */
    static Outcome run(CxoneHttp http, CxoneSimulator sim, Path dir) {
        writeFiles(dir);
        JsonNode legacy = resource("data-action-v1.schema.json");
        JsonNode target = resource("data-action-v2.schema.json");
        SchemaDiffReport report = SchemaDiff.compare(legacy, target);
        int breaking = report.breakingChanges(CompatibilityMode.BACKWARD).size();
        MappingEngine v1ToV2 = MappingEngine.builder(MappingRules.fromYaml(text("data-action-v1-to-v2.rules.yaml")))
                .strict(true).build();
        CompiledSchema v2 = PayloadValidator.create().compile(target);
        CompiledSchema v1 = PayloadValidator.create().compile(legacy);
        EventIngestionClient ingestion = EventIngestionClient.builder(http).schema("2", target).build();
        List<ObjectNode> legacyPayloads = new ArrayList<>();
        List<ObjectNode> mapped = new ArrayList<>();
        int valid = 0;
        for (int i = 1; i <= PAYLOADS; i++) {
            ObjectNode payload = legacyPayload(i);
            v1.validate(payload).orThrow("legacy payload " + i);
            legacyPayloads.add(payload);
            ObjectNode migrated = v1ToV2.map(payload);
            mapped.add(migrated);
            List<Violation> violations = v2.validate(migrated).violations();
            if (!violations.isEmpty()) {
                throw new IllegalStateException("mapped payload " + i + " breaks v2: " + violations.get(0));
            }
            valid++;
        }
        int ingested = 0;
        int before = sim == null ? 0 : sim.ingestedEvents().size();
        for (ObjectNode payload : mapped) {
            ingestion.ingest(new VersionedEvent("2", EVENT_TYPE, Instant.now(), payload)); // a receipt with an id, or throws
            ingested++;
        }
        if (sim != null && sim.ingestedEvents().size() - before < ingested) {
            throw new IllegalStateException("the simulator kept " + (sim.ingestedEvents().size() - before) + " of "
                    + ingested + " ingested events");
        }
        int published = DemoPublishing.publish(legacyPayloads, v1ToV2, legacy, target, v2);
        return new Outcome(report.changes().size(), breaking, mapped.size(), valid, ingested, published);
    }

    private static void writeFiles(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                Files.writeString(dir.resolve(name), text(name));
            }
            Files.writeString(dir.resolve("legacy-event.json"),
                    CxoneJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(legacyPayload(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir, e);
        }
    }

    /** A v1 payload as legacy producers write it: an e-mail for the agent, the duration in milliseconds. */
    static ObjectNode legacyPayload(int i) {
        ObjectNode payload = CxoneJson.mapper().createObjectNode();
        payload.put("contactId", "contact-" + (1000 + i));
        payload.put("agentEmail", "agent" + i + "@example.com");
        payload.put("callDuration", 60_000L + 37_500L * i);
        payload.put("skill", i % 2 == 0 ? "  Sales   Inbound " : "Support");
        return payload;
    }

    static JsonNode resource(String name) {
        return CxoneJson.mapper().readTree(text(name));
    }

    static String text(String name) {
        try (InputStream in = DemoSchema.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name + " in the cxone jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
