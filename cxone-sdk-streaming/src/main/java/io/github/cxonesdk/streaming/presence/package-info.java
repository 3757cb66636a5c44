/**
 * Agent presence: a per-user state cache fed by out-of-order deltas, with coalescing and a snapshot
 * plus deltas for listeners.
 */
package io.github.cxonesdk.streaming.presence;
