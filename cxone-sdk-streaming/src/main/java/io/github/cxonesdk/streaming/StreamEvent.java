package io.github.cxonesdk.streaming;

import java.util.Objects;

/**
 * One event (or presence update) received from a stream, as its raw JSON text plus the fields the
 * client needs for ordering and de-duplication.
 *
 * <p>{@code toString()} shows the id, sequence and type but never the payload, which may hold
 * personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       the de-duplication key: {@code eventId} on the event stream, {@code userId#sequence}
 *                 on the presence stream
 * @param sequence the {@code sequence} field (global on the event stream, per user on the presence stream)
 * @param type     the {@code type} field, e.g. {@code interaction.completed}
 * @param key      the partition the sequence is ordered within: empty on the event stream, the
 *                 {@code userId} on the presence stream
 * @param json     the message as received (JSON text)
 */
public record StreamEvent(String id, long sequence, String type, String key, String json) {
    /**
     * Checks the components.
     *
     * @param id       the de-duplication key: {@code eventId} on the event stream, {@code userId#sequence}
     *     on the presence stream
     * @param sequence the {@code sequence} field (global on the event stream, per user on the presence stream)
     * @param type     the {@code type} field, e.g. {@code interaction.completed}
     * @param key      the partition the sequence is ordered within: empty on the event stream, the
     *     {@code userId} on the presence stream
     * @param json     the message as received (JSON text)
     * @throws NullPointerException when a component is null
     */
    public StreamEvent {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(json, "json == null");
    }

    /**
     * Returns a description without the payload.
     *
     * @return the id, sequence, type and key
     */
    @Override
    public String toString() {
        return "StreamEvent[id=" + id + ", sequence=" + sequence + ", type=" + type + ", key=" + key + "]";
    }
}
