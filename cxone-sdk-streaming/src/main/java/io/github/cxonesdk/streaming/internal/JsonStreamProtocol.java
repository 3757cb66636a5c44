package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.streaming.spi.StreamProtocol;

/**
 * What the two API.md stream protocols share: the heartbeat answer, and decoding that reads the
 * fields once, reports unreadable messages and leaves the event shape to the subclass.
 */
abstract class JsonStreamProtocol implements StreamProtocol {
    @Override
    public final String heartbeatAck() {
        return "{\"type\":\"heartbeat.ack\"}";
    }

    @Override
    public final ProtocolMessage decode(String text) {
        MessageFields f = MessageFields.read(text);
        if (f.problem() != null) {
            return ProtocolMessage.malformed(f.problem());
        }
        ProtocolMessage event = event(f, text);
        return event != null ? event : Protocols.control(f);
    }

    /**
     * Reads an event or update.
     *
     * @param f    the fields
     * @param text the message
     * @return the event or a malformed message, or null when the message is a control message
     */
    abstract ProtocolMessage event(MessageFields f, String text);
}
