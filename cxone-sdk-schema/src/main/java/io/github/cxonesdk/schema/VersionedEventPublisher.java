package io.github.cxonesdk.schema;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.mapping.MigrationChain;
import io.github.cxonesdk.streaming.fanout.Broadcaster;
import io.github.cxonesdk.streaming.fanout.SseServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Publishes {@link VersionedEvent}s to downstream subscribers through the streaming fan-out, one
 * {@link Broadcaster} per schema version: each event is validated (when a schema is registered for
 * its version), migrated through a {@link MigrationChain} to every subscriber version it has a path
 * to, validated again at each of those versions, and only then published, as its JSON envelope
 * ({@code schema_version}, {@code event_type}, {@code timestamp}, {@code payload}) with the event type
 * as the message type. A subscriber picks its schema version by the broadcaster it subscribes to (over
 * SSE: the path, see {@link SseServer.Builder#route(String, Broadcaster)}) and its event types by the
 * SSE event name; it receives the events in publication order.
 *
 * <pre>{@code
 * Broadcaster v1 = Broadcaster.builder().build();
 * Broadcaster v2 = Broadcaster.builder().build();
 * VersionedEventPublisher publisher = VersionedEventPublisher.builder(chain)
 *         .version("1", v1).version("2", v2)
 *         .schema("1", legacySchema).schema("2", targetSchema)
 *         .build();
 * Publication p = publisher.publish(event);   // p.violations() says why when it was not published
 * try (SseServer sse = SseServer.builder(v2).path("/events/v2").route("/events/v1", v1).build().start()) { ... }
 * }</pre>
 *
 * <p>An event that fails validation or migration anywhere is published at no version; the returned
 * {@link Publication} lists every violation and {@link #rejectedCount()} counts it. Everything is
 * bounded: the versions are fixed when built, each subscriber's queue is bounded by its broadcaster
 * (which evicts a stalled subscriber without slowing the others) and an event whose envelope is
 * larger than {@link Builder#maxEventChars(int)} is rejected.
 *
 * <p>This class is thread-safe. Concurrent {@code publish} calls are serialized for the publishing
 * step, so every subscriber of every version sees the events in one order. It owns nothing: the
 * broadcasters are the caller's to close.
 */
public final class VersionedEventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(VersionedEventPublisher.class);
    /** The most schema versions one publisher serves. */
    public static final int MAX_VERSIONS = 64;
    /** The default largest event envelope, in characters. */
    public static final int DEFAULT_MAX_EVENT_CHARS = 1 << 20;

    private final MigrationChain chain;
    private final Map<String, Broadcaster> versions;
    private final Map<String, CompiledSchema> schemas;
    private final int maxEventChars;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    private VersionedEventPublisher(Builder b) {
        this.chain = b.chain;
        this.versions = new LinkedHashMap<>(b.versions);
        this.schemas = Map.copyOf(b.schemas);
        this.maxEventChars = b.maxEventChars;
    }

    /**
     * Returns a builder.
     *
     * @param chain the migrations between schema versions
     * @return a new builder
     */
    public static Builder builder(MigrationChain chain) {
        return new Builder(chain);
    }

    /**
     * Validates, migrates and publishes one event; never blocks on subscribers.
     *
     * @param event the event
     * @return the message id per version it was published at, or every violation when rejected
     * @throws IllegalStateException if a broadcaster was closed
     */
    public Publication publish(VersionedEvent event) {
        Objects.requireNonNull(event, "event == null");
        List<Violation> problems = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        Map<String, String> envelopes = prepare(event, problems, unreachable);
        if (problems.isEmpty() && envelopes.isEmpty()) {
            problems.add(new Violation("/schema_version", "no migration path from version '"
                    + Redaction.cap(event.schemaVersion(), 64) + "' to any subscriber version " + versions.keySet()));
        }
        if (!problems.isEmpty()) {
            rejected.incrementAndGet();
            LOG.debug("versioned event not published: {} ({} violations, first: {})",
                    Redaction.cap(event.eventType(), 64), problems.size(), problems.get(0));
            return new Publication(event.eventType(), event.schemaVersion(), Map.of(), unreachable, problems);
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        synchronized (this) {
            envelopes.forEach((version, json) -> ids.put(version, versions.get(version).publish(event.eventType(), json)));
        }
        published.incrementAndGet();
        return new Publication(event.eventType(), event.schemaVersion(), ids, unreachable, List.of());
    }

    private Map<String, String> prepare(VersionedEvent event, List<Violation> problems, List<String> unreachable) {
        String type = event.eventType();
        if (type.indexOf('\n') >= 0 || type.indexOf('\r') >= 0) {
            problems.add(new Violation("/event_type", "must not hold line breaks"));
            return Map.of();
        }
        validate(event, problems);
        Map<String, String> envelopes = new LinkedHashMap<>();
        for (String version : versions.keySet()) {
            if (!problems.isEmpty()) {
                break;
            }
            if (!chain.canMigrate(event.schemaVersion(), version)) {
                unreachable.add(version);
                continue;
            }
            VersionedEvent migrated;
            try {
                migrated = event.migrateTo(version, chain);
            } catch (ModelValidationException e) {
                for (Violation v : e.violations()) {
                    problems.add(new Violation(v.path(), "migrating to version " + version + ": " + v.message()));
                }
                break;
            }
            if (migrated != event) {
                validate(migrated, problems);
            }
            String json = CxoneJson.mapper().writeValueAsString(migrated);
            if (json.length() > maxEventChars) {
                problems.add(new Violation("/payload", "event at version " + version + " has " + json.length()
                        + " characters, more than the limit of " + maxEventChars));
            }
            envelopes.put(version, json);
        }
        return envelopes;
    }

    private void validate(VersionedEvent event, List<Violation> problems) {
        CompiledSchema schema = schemas.get(event.schemaVersion());
        if (schema == null) {
            return;
        }
        for (Violation v : schema.validate(event.payload()).violations()) {
            problems.add(new Violation("/payload" + v.path(), "at version " + event.schemaVersion() + ": " + v.message()));
        }
    }

    /**
     * Returns how many events were published.
     *
     * @return the count
     */
    public long publishedCount() {
        return published.get();
    }

    /**
     * Returns how many events were rejected (invalid, failed migration, oversized, unreachable).
     *
     * @return the count
     */
    public long rejectedCount() {
        return rejected.get();
    }

    /**
     * Builds a {@link VersionedEventPublisher}.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private final MigrationChain chain;
        private final Map<String, Broadcaster> versions = new LinkedHashMap<>();
        private final Map<String, CompiledSchema> schemas = new LinkedHashMap<>();
        private PayloadValidator validator;
        private int maxEventChars = DEFAULT_MAX_EVENT_CHARS;

        private Builder(MigrationChain chain) {
            this.chain = Objects.requireNonNull(chain, "chain == null");
        }

        /**
         * Publishes every event, migrated to {@code schemaVersion}, to a broadcaster; its subscribers
         * read that version only.
         *
         * @param schemaVersion the version the broadcaster's subscribers read
         * @param broadcaster where to publish it; each version needs its own
         * @return this builder
         * @throws IllegalArgumentException if the version is blank or already added, the broadcaster
         *     serves another version, or more than {@link #MAX_VERSIONS} versions are added
         */
        public Builder version(String schemaVersion, Broadcaster broadcaster) {
            Checks.notBlank(schemaVersion, "schemaVersion");
            Objects.requireNonNull(broadcaster, "broadcaster == null");
            if (versions.containsKey(schemaVersion) || versions.containsValue(broadcaster)) {
                throw new IllegalArgumentException("version or broadcaster added twice: " + Redaction.cap(schemaVersion, 64));
            }
            if (versions.size() == MAX_VERSIONS) {
                throw new IllegalArgumentException("more than " + MAX_VERSIONS + " versions");
            }
            versions.put(schemaVersion, broadcaster);
            return this;
        }

        /**
         * Sets the validator schemas are compiled with.
         *
         * @param v the validator; default {@link PayloadValidator#create()}
         * @return this builder
         */
        public Builder validator(PayloadValidator v) {
            this.validator = Objects.requireNonNull(v, "validator == null");
            return this;
        }

        /**
         * Validates payloads at one schema version: events arriving with it, and events migrated to it.
         *
         * @param schemaVersion the version
         * @param schema its JSON Schema
         * @return this builder
         * @throws ModelValidationException if the schema is not usable
         */
        public Builder schema(String schemaVersion, JsonNode schema) {
            Checks.notBlank(schemaVersion, "schemaVersion");
            if (validator == null) {
                validator = PayloadValidator.create();
            }
            schemas.put(schemaVersion, validator.compile(schema));
            return this;
        }

        /**
         * Sets the largest event envelope published (default {@link #DEFAULT_MAX_EVENT_CHARS}); a
         * larger event is rejected.
         *
         * @param chars at least 64
         * @return this builder
         */
        public Builder maxEventChars(int chars) {
            this.maxEventChars = Checks.atLeast(chars, 64, "maxEventChars");
            return this;
        }

        /**
         * Builds the publisher.
         *
         * @return the publisher
         * @throws IllegalStateException if no version was added
         */
        public VersionedEventPublisher build() {
            if (versions.isEmpty()) {
                throw new IllegalStateException("add at least one version(schemaVersion, broadcaster)");
            }
            return new VersionedEventPublisher(this);
        }
    }
}
