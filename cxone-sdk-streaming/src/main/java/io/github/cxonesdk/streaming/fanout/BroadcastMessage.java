package io.github.cxonesdk.streaming.fanout;

import java.util.Objects;

/**
 * One message of a {@link Broadcaster}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id   the broadcaster's increasing id (the SSE event id; resume after it)
 * @param type the event type, e.g. {@code presence}; no line breaks
 * @param data the payload, JSON text
 */
public record BroadcastMessage(long id, String type, String data) {
    /**
     * Checks the components.
     *
     * @param id   the broadcaster's increasing id (the SSE event id; resume after it)
     * @param type the event type, e.g. {@code presence}; no line breaks
     * @param data the payload, JSON text
     * @throws NullPointerException     when type or data is null
     * @throws IllegalArgumentException when the type holds a line break
     */
    public BroadcastMessage {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(data, "data == null");
        if (type.indexOf('\n') >= 0 || type.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("type must not hold line breaks");
        }
    }
}
