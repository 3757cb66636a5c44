/**
 * Streaming for CXone: the event and presence WebSocket streams with reconnect, resume,
 * de-duplication and backpressure; a restart-safe aggregation pipeline with checkpoints; interaction
 * metrics; a presence cache; and fan-out to browsers and downstream services.
 */
module io.github.cxonesdk.streaming {
    requires transitive io.github.cxonesdk.core;
    requires transitive jdk.httpserver;
    requires static transitive jakarta.websocket;
    requires sketches.java;
    requires org.slf4j;

    exports io.github.cxonesdk.streaming;
    exports io.github.cxonesdk.streaming.spi;
    exports io.github.cxonesdk.streaming.pipeline;
    exports io.github.cxonesdk.streaming.metrics;
    exports io.github.cxonesdk.streaming.presence;
    exports io.github.cxonesdk.streaming.fanout;

    opens io.github.cxonesdk.streaming.metrics to tools.jackson.databind;
}
