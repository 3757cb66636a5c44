package io.github.cxonesdk.streaming;

import io.github.cxonesdk.streaming.internal.EventStreamProtocol;
import io.github.cxonesdk.streaming.internal.PresenceStreamProtocol;
import io.github.cxonesdk.streaming.spi.StreamProtocol;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in protocols of API.md: the event stream and the presence stream.
 *
 * <p>This class is thread-safe; the protocols it returns are immutable.
 */
public final class StreamProtocols {
    private static final Logger LOG = LoggerFactory.getLogger(StreamProtocols.class);

    private StreamProtocols() {
    }

    /**
     * Returns the event stream protocol ({@code /api/v2/events}): global sequences, resume with
     * {@code resumeAfter}, heartbeats.
     *
     * @param types the event types, e.g. {@code "interaction.completed"}
     * @return the protocol
     * @throws IllegalArgumentException when no type is given or one is blank
     */
    public static StreamProtocol events(String... types) {
        return new EventStreamProtocol(List.of(types));
    }

    /**
     * Returns the presence stream protocol ({@code /v1/streaming/presence}): per-user sequences,
     * no resume (the server sends each user's latest state on subscription).
     *
     * @param userIds the users to follow; null follows every user the token may see, which floods
     *                large tenants and is logged as a warning
     * @return the protocol
     */
    public static StreamProtocol presence(List<String> userIds) {
        if (userIds == null) {
            LOG.warn("presence subscription for every user (userIds null): this floods large tenants; "
                    + "pass the user ids the dashboard shows");
        } else {
            userIds.forEach(id -> Objects.requireNonNull(id, "userIds contains null"));
        }
        return new PresenceStreamProtocol(userIds);
    }
}
