package io.github.cxonesdk.schema;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A concrete payload that shows a change is breaking: for {@link CompatibilityMode#BACKWARD} the old
 * schema accepts it and the new one rejects it; for {@link CompatibilityMode#FORWARD} the reverse.
 * Every example was checked with {@link PayloadValidator} before it was reported.
 *
 * <p>Instances are immutable and thread-safe as long as nobody modifies {@code payload}.
 *
 * @param direction {@link CompatibilityMode#BACKWARD} or {@link CompatibilityMode#FORWARD}
 * @param payload the payload (a whole document, not only the changed part); do not modify it
 */
public record ChangeExample(CompatibilityMode direction, JsonNode payload) {
    /**
     * Creates an example.
     *
     * @param direction BACKWARD or FORWARD
     * @param payload the payload
     */
    public ChangeExample {
        Objects.requireNonNull(direction, "direction == null");
        Objects.requireNonNull(payload, "payload == null");
        if (direction == CompatibilityMode.FULL) {
            throw new IllegalArgumentException("direction must be BACKWARD or FORWARD");
        }
    }
}
