package io.github.cxonesdk.core.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One stored audit line: the event's fields, its position in the log and the SHA-256 chain.
 * {@code hash} is the SHA-256 of the record's canonical JSON (keys sorted, without {@code hash}),
 * which includes {@code prevHash}, so changing, removing or moving any record breaks the chain.
 *
 * <p>Instances are immutable and thread-safe (the attributes are copied).
 *
 * @param sequence the position in the log, starting at 1
 * @param timestamp when it happened
 * @param actor who did it
 * @param action what was done
 * @param resourceType the kind of resource
 * @param resourceId the resource id, or {@code null}
 * @param outcome how it ended
 * @param payloadSha256 the payload hash, or {@code null}
 * @param latencyMillis how long it took, or {@code null}
 * @param error why it failed, or {@code null}
 * @param attributes further context, never {@code null}
 * @param prevHash the previous record's hash (64 zeros for the first record)
 * @param hash this record's hash
 */
@JsonPropertyOrder({"sequence", "timestamp", "actor", "action", "resourceType", "resourceId", "outcome",
    "payloadSha256", "latencyMillis", "error", "attributes", "prevHash", "hash"})
public record AuditRecord(long sequence, Instant timestamp, String actor, String action, String resourceType,
                          String resourceId, AuditOutcome outcome, String payloadSha256, Long latencyMillis,
                          String error, Map<String, String> attributes, String prevHash, String hash) {
    /** The {@code prevHash} of the first record. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /**
     * Checks and copies the fields.
     *
     * @param sequence the position in the log, starting at 1
     * @param timestamp when it happened
     * @param actor who did it
     * @param action what was done
     * @param resourceType the kind of resource
     * @param resourceId the resource id, or {@code null}
     * @param outcome how it ended
     * @param payloadSha256 the payload hash, or {@code null}
     * @param latencyMillis how long it took, or {@code null}
     * @param error why it failed, or {@code null}
     * @param attributes further context, never {@code null}
     * @param prevHash the previous record's hash (64 zeros for the first record)
     * @param hash this record's hash
     * @throws NullPointerException if a required field is {@code null}
     * @throws IllegalArgumentException if {@code sequence} is below 1
     */
    public AuditRecord {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence < 1: " + sequence);
        }
        Objects.requireNonNull(timestamp, "timestamp == null");
        Objects.requireNonNull(outcome, "outcome == null");
        Objects.requireNonNull(prevHash, "prevHash == null");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * Returns the event this record stores.
     *
     * @return the event
     */
    public AuditEvent event() {
        return new AuditEvent(timestamp, actor, action, resourceType, resourceId, outcome, payloadSha256,
                latencyMillis, error, attributes);
    }
}
