package io.github.cxonesdk.schema;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * Sends {@link VersionedEvent}s to CXone ({@code POST /api/v2/events}, scope {@code events:ingest})
 * through the SDK's HTTP pipeline, which retries {@code 429} after {@code Retry-After}, refreshes the
 * token and replays once on {@code 401}, and turns {@code 403} into a
 * {@link io.github.cxonesdk.core.exception.ForbiddenException} naming the missing scope. When a
 * schema is registered for an event's version, the payload is validated first and an invalid one
 * fails before any network call.
 *
 * <pre>{@code
 * EventIngestionClient ingestion = EventIngestionClient.builder(http)
 *         .schema("2", targetSchema)
 *         .build();
 * IngestionReceipt receipt = ingestion.ingest(new VersionedEvent("2", "DataActionCompleted", Instant.now(), payload));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It owns nothing: closing the {@link CxoneHttp} is
 * the caller's business.
 */
public final class EventIngestionClient {
    static final String PATH = "/api/v2/events";

    private final CxoneHttp http;
    private final Map<String, CompiledSchema> schemas;

    private EventIngestionClient(CxoneHttp http, Map<String, CompiledSchema> schemas) {
        this.http = http;
        this.schemas = Map.copyOf(schemas);
    }

    /**
     * Returns a client without payload validation.
     *
     * @param http the pipeline
     * @return the client
     */
    public static EventIngestionClient create(CxoneHttp http) {
        return builder(http).build();
    }

    /**
     * Returns a builder.
     *
     * @param http the pipeline
     * @return a new builder
     */
    public static Builder builder(CxoneHttp http) {
        return new Builder(http);
    }

    /**
     * Sends one event.
     *
     * @param event the event
     * @return the receipt
     * @throws ModelValidationException if the payload breaks the schema registered for its version
     *     (nothing is sent)
     * @throws io.github.cxonesdk.core.exception.CxoneServiceException if CXone answers with an error
     *     after the pipeline's retries ({@code ThrottledException}, {@code UnauthorizedException},
     *     {@code ForbiddenException}, ...)
     */
    public IngestionReceipt ingest(VersionedEvent event) {
        return receipt(http.execute(request(event), IngestionReceipt.class).body());
    }

    /**
     * Sends one event asynchronously, on the pipeline's executor.
     *
     * @param event the event
     * @return the receipt, or a failure with the exceptions of {@link #ingest(VersionedEvent)}
     * @throws ModelValidationException at once, if the payload is invalid
     */
    public CompletableFuture<IngestionReceipt> ingestAsync(VersionedEvent event) {
        return http.executeAsync(request(event), IngestionReceipt.class).thenApply(r -> receipt(r.body()));
    }

    private CxoneRequest request(VersionedEvent event) {
        Objects.requireNonNull(event, "event == null");
        CompiledSchema schema = schemas.get(event.schemaVersion());
        if (schema != null) {
            schema.validate(event.payload()).orThrow("event payload (schema_version " + event.schemaVersion() + ")");
        }
        return CxoneRequest.post(PATH).operation("IngestEvent").body(event).build();
    }

    private static IngestionReceipt receipt(IngestionReceipt body) {
        if (body == null || body.id() == null) {
            throw new CxoneClientException("IngestEvent: 2xx response without an event id");
        }
        return body;
    }

    /**
     * Builds an {@link EventIngestionClient}.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private final CxoneHttp http;
        private final Map<String, CompiledSchema> schemas = new HashMap<>();
        private PayloadValidator validator;

        private Builder(CxoneHttp http) {
            this.http = Objects.requireNonNull(http, "http == null");
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
         * Validates payloads of one schema version before sending them.
         *
         * @param schemaVersion the version
         * @param schema its JSON Schema
         * @return this builder
         * @throws ModelValidationException if the schema is not usable
         */
        public Builder schema(String schemaVersion, JsonNode schema) {
            Objects.requireNonNull(schemaVersion, "schemaVersion == null");
            if (validator == null) {
                validator = PayloadValidator.create();
            }
            schemas.put(schemaVersion, validator.compile(schema));
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         */
        public EventIngestionClient build() {
            return new EventIngestionClient(http, schemas);
        }
    }
}
