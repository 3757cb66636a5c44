package io.github.cxonesdk.streaming.spi;

import io.github.cxonesdk.streaming.StreamEvent;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One WebSocket stream protocol: how to subscribe, how to answer heartbeats and how to read the
 * server's messages. The built-ins are {@link io.github.cxonesdk.streaming.StreamProtocols#events}
 * and {@link io.github.cxonesdk.streaming.StreamProtocols#presence}.
 *
 * <p>Implementations must be thread-safe and fast: {@link #decode(String)} runs for every message,
 * and must be linear in its input and must not throw for malformed text (it returns
 * {@link ProtocolMessage#malformed(String)} instead).
 */
public interface StreamProtocol {
    /**
     * Returns the subscription message to send once the socket is open.
     *
     * @param resumeAfter the last sequence already delivered, when the client resumes and
     *                    {@link #resumable()} is true; empty on a fresh start
     * @return the JSON text to send
     */
    String subscribeMessage(OptionalLong resumeAfter);

    /**
     * Returns the answer to a server heartbeat.
     *
     * @return the JSON text to send
     */
    String heartbeatAck();

    /**
     * Tells whether sequences are global and the server replays events after a {@code resumeAfter}
     * sequence, so the client can restore order, detect gaps and resume without loss.
     *
     * @return true for a resumable, globally ordered stream
     */
    boolean resumable();

    /**
     * Reads one complete server message.
     *
     * @param text the message text, already size-capped by the client
     * @return what the message is; never null
     */
    ProtocolMessage decode(String text);

    /**
     * A decoded server message. Immutable and thread-safe.
     *
     * @param kind    what it is
     * @param event   the event, for {@link Kind#EVENT}; otherwise null
     * @param detail  the server's error message for {@link Kind#ERROR}, the reason for
     *                {@link Kind#MALFORMED}; otherwise null. Server-controlled: redact before logging.
     */
    record ProtocolMessage(Kind kind, StreamEvent event, String detail) {
        private static final ProtocolMessage SUBSCRIBED = new ProtocolMessage(Kind.SUBSCRIBED, null, null);
        private static final ProtocolMessage HEARTBEAT = new ProtocolMessage(Kind.HEARTBEAT, null, null);
        private static final ProtocolMessage IGNORED = new ProtocolMessage(Kind.IGNORED, null, null);

        /**
         * Checks that an event comes with {@link Kind#EVENT} only.
         *
         * @param kind    what the message is
         * @param event   the event, for {@link Kind#EVENT}; otherwise null
         * @param detail  the server's error message for {@link Kind#ERROR}, the reason for
         *                {@link Kind#MALFORMED}; otherwise null. Server-controlled: redact before logging.
         * @throws NullPointerException     when kind is null
         * @throws IllegalArgumentException when event and kind do not match
         */
        public ProtocolMessage {
            Objects.requireNonNull(kind, "kind == null");
            if ((kind == Kind.EVENT) != (event != null)) {
                throw new IllegalArgumentException("an event goes with kind EVENT only");
            }
        }

        /**
         * Returns the subscription confirmation.
         *
         * @return the message
         */
        public static ProtocolMessage subscribed() {
            return SUBSCRIBED;
        }

        /**
         * Returns a heartbeat, which the client answers with {@link StreamProtocol#heartbeatAck()}.
         *
         * @return the message
         */
        public static ProtocolMessage heartbeat() {
            return HEARTBEAT;
        }

        /**
         * Returns a message the client skips without counting it (a type it does not know).
         *
         * @return the message
         */
        public static ProtocolMessage ignored() {
            return IGNORED;
        }

        /**
         * Returns an {@code error} answer of the server.
         *
         * @param message the server's message (may be null)
         * @return the message
         */
        public static ProtocolMessage error(String message) {
            return new ProtocolMessage(Kind.ERROR, null, message);
        }

        /**
         * Returns an event.
         *
         * @param event the event
         * @return the message
         */
        public static ProtocolMessage event(StreamEvent event) {
            return new ProtocolMessage(Kind.EVENT, event, null);
        }

        /**
         * Returns a message that could not be read; the client counts and skips it.
         *
         * @param reason a short, fixed reason such as {@code "not a JSON object"}
         * @return the message
         */
        public static ProtocolMessage malformed(String reason) {
            return new ProtocolMessage(Kind.MALFORMED, null, reason);
        }
    }

    /** What a server message is. Immutable and thread-safe. */
    enum Kind {
        /** The subscription was confirmed. */
        SUBSCRIBED,
        /** The server refused the subscription or a request. */
        ERROR,
        /** A heartbeat to answer. */
        HEARTBEAT,
        /** An event or update. */
        EVENT,
        /** A message the client does not use. */
        IGNORED,
        /** A message that could not be read. */
        MALFORMED
    }
}
