/**
 * The event and presence streams: {@link io.github.cxonesdk.streaming.StreamClient} over the JDK's
 * WebSocket client, with reconnect and resume, de-duplication, heartbeats and demand-driven delivery of
 * {@link io.github.cxonesdk.streaming.StreamEvent}s.
 */
package io.github.cxonesdk.streaming;
