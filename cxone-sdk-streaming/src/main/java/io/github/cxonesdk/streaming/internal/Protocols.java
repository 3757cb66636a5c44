package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.streaming.spi.StreamProtocol.ProtocolMessage;

/** The control messages both stream protocols share. */
final class Protocols {
    private Protocols() {
    }

    static ProtocolMessage control(MessageFields f) {
        if (f.type() == null) {
            return ProtocolMessage.malformed("message without type");
        }
        return switch (f.type()) {
            case "subscribed" -> ProtocolMessage.subscribed();
            case "heartbeat" -> ProtocolMessage.heartbeat();
            case "error" -> ProtocolMessage.error(f.message());
            default -> ProtocolMessage.ignored();
        };
    }
}
