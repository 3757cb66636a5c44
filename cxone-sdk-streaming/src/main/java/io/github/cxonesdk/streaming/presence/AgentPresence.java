package io.github.cxonesdk.streaming.presence;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The presence of one user as the cache holds it: the fields of the newest update (by sequence),
 * without the ignored ones.
 *
 * <p>Immutable and thread-safe.
 *
 * @param userId    the agent's user id, the key the presence stream orders updates by
 * @param sequence  the sequence of the update the state comes from
 * @param timestamp the update's time, or null when it had none or an unreadable one
 * @param fields    the payload fields except {@code userId} and ignored ones (values are strings,
 *                  numbers, booleans, null, lists or maps); unmodifiable
 */
public record AgentPresence(String userId, long sequence, Instant timestamp, Map<String, Object> fields) {
    /**
     * Checks and copies the components.
     *
     * @param userId    the agent's user id, the key the presence stream orders updates by
     * @param sequence  the sequence of the update the state comes from
     * @param timestamp the update's time, or null when it had none or an unreadable one
     * @param fields    the payload fields except {@code userId} and ignored ones (values are strings,
     *     numbers, booleans, null, lists or maps); unmodifiable
     * @throws NullPointerException when userId or fields is null
     */
    public AgentPresence {
        Objects.requireNonNull(userId, "userId == null");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields == null")));
    }

    /**
     * Returns the {@code status} field.
     *
     * @return the status, or null
     */
    public String status() {
        Object s = fields.get("status");
        return s instanceof String str ? str : null;
    }
}
