/**
 * Fan-out to browsers and downstream services: a transport-neutral broadcaster with bounded
 * per-subscriber queues and a replay buffer, a Server-Sent Events transport and a Jakarta WebSocket
 * endpoint adapter.
 */
package io.github.cxonesdk.streaming.fanout;
