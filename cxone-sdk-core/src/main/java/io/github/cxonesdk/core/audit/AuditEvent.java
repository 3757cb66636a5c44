package io.github.cxonesdk.core.audit;

import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.json.CxoneJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One audited operation. Holds the SHA-256 of the payload, never the payload itself; the error text
 * is truncated and scrubbed of credential-looking values.
 *
 * <pre>{@code
 * AuditEvent event = AuditEvent.builder().actor("ci-bot").action("ActivateFilter")
 *         .resourceType("filter").resourceId("f1").outcome(AuditOutcome.SUCCESS)
 *         .payload(filter).latencyMillis(42L).attribute("environment", "prod").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe (the attributes are copied).
 *
 * @param timestamp when it happened, or {@code null} to let the log stamp it
 * @param actor who did it (a user, client id or job name)
 * @param action what was done, such as {@code UpdateDashboard}
 * @param resourceType the kind of resource, such as {@code dashboard}
 * @param resourceId the resource id, or {@code null}
 * @param outcome how it ended
 * @param payloadSha256 the lower-case hex SHA-256 of the payload, or {@code null}
 * @param latencyMillis how long it took, or {@code null}
 * @param error why it failed, or {@code null}
 * @param attributes further non-secret context, never {@code null}
 */
public record AuditEvent(Instant timestamp, String actor, String action, String resourceType, String resourceId,
                         AuditOutcome outcome, String payloadSha256, Long latencyMillis, String error,
                         Map<String, String> attributes) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks and copies the fields.
     *
     * @param timestamp when it happened, or {@code null} to let the log stamp it
     * @param actor who did it (a user, client id or job name)
     * @param action what was done, such as {@code UpdateDashboard}
     * @param resourceType the kind of resource, such as {@code dashboard}
     * @param resourceId the resource id, or {@code null}
     * @param outcome how it ended
     * @param payloadSha256 the lower-case hex SHA-256 of the payload, or {@code null}
     * @param latencyMillis how long it took, or {@code null}
     * @param error why it failed, or {@code null}
     * @param attributes further non-secret context, never {@code null}
     * @throws NullPointerException if actor, action, resourceType, outcome or attributes is {@code null}
     * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits or the latency is negative
     */
    public AuditEvent {
        Objects.requireNonNull(actor, "actor == null");
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(resourceType, "resourceType == null");
        Objects.requireNonNull(outcome, "outcome == null");
        if (payloadSha256 != null && !SHA256.matcher(payloadSha256).matches()) {
            throw new IllegalArgumentException("payloadSha256 is not a lower-case hex SHA-256: " + payloadSha256);
        }
        if (latencyMillis != null && latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis < 0: " + latencyMillis);
        }
        error = Redaction.text(error);
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes == null"));
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this event's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.actor = actor;
        b.action = action;
        b.resourceType = resourceType;
        b.resourceId = resourceId;
        b.outcome = outcome;
        b.payloadSha256 = payloadSha256;
        b.latencyMillis = latencyMillis;
        b.error = error;
        b.attributes.putAll(attributes);
        return b;
    }

    /**
     * Returns the lower-case hex SHA-256 of {@code bytes}.
     *
     * @param bytes the bytes
     * @return 64 hex digits
     */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Builds an {@link AuditEvent}. Not thread-safe.
     */
    public static final class Builder {
        private Instant timestamp;
        private String actor;
        private String action;
        private String resourceType;
        private String resourceId;
        private AuditOutcome outcome;
        private String payloadSha256;
        private Long latencyMillis;
        private String error;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets when it happened (default: stamped by the log).
         *
         * @param v the instant
         * @return this builder
         */
        public Builder timestamp(Instant v) {
            timestamp = v;
            return this;
        }

        /**
         * Sets who did it.
         *
         * @param v the actor
         * @return this builder
         */
        public Builder actor(String v) {
            actor = v;
            return this;
        }

        /**
         * Sets what was done.
         *
         * @param v the action
         * @return this builder
         */
        public Builder action(String v) {
            action = v;
            return this;
        }

        /**
         * Sets the kind of resource.
         *
         * @param v the resource type
         * @return this builder
         */
        public Builder resourceType(String v) {
            resourceType = v;
            return this;
        }

        /**
         * Sets the resource id.
         *
         * @param v the id, or {@code null}
         * @return this builder
         */
        public Builder resourceId(String v) {
            resourceId = v;
            return this;
        }

        /**
         * Sets how it ended.
         *
         * @param v the outcome
         * @return this builder
         */
        public Builder outcome(AuditOutcome v) {
            outcome = v;
            return this;
        }

        /**
         * Sets the payload hash directly.
         *
         * @param v 64 lower-case hex digits, or {@code null}
         * @return this builder
         */
        public Builder payloadSha256(String v) {
            payloadSha256 = v;
            return this;
        }

        /**
         * Sets the payload hash to the SHA-256 of {@code payload} as JSON (the payload is not kept).
         *
         * @param payload the payload, or {@code null}
         * @return this builder
         */
        public Builder payload(Object payload) {
            payloadSha256 = payload == null ? null : sha256Hex(payload instanceof byte[] raw ? raw
                    : CxoneJson.mapper().writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /**
         * Sets how long it took.
         *
         * @param v milliseconds, or {@code null}
         * @return this builder
         */
        public Builder latencyMillis(Long v) {
            latencyMillis = v;
            return this;
        }

        /**
         * Sets why it failed.
         *
         * @param v the error text, or {@code null}
         * @return this builder
         */
        public Builder error(String v) {
            error = v;
            return this;
        }

        /**
         * Adds an attribute.
         *
         * @param key the key
         * @param value the value (never a secret)
         * @return this builder
         */
        public Builder attribute(String key, String value) {
            attributes.put(Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /**
         * Adds attributes.
         *
         * @param v the attributes
         * @return this builder
         */
        public Builder attributes(Map<String, String> v) {
            v.forEach(this::attribute);
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws NullPointerException if actor, action, resourceType or outcome is missing
         */
        public AuditEvent build() {
            return new AuditEvent(timestamp, actor, action, resourceType, resourceId, outcome, payloadSha256,
                    latencyMillis, error, attributes);
        }
    }
}
