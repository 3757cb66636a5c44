/**
 * Extension points of the stream client: {@link io.github.cxonesdk.streaming.spi.StreamProtocol}
 * describes one WebSocket protocol (subscription, heartbeats, event decoding).
 */
package io.github.cxonesdk.streaming.spi;
