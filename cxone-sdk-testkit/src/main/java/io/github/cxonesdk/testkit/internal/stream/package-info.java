/**
 * The simulator's event and presence stream hubs: history, resume and fan-out to the sockets of
 * {@code internal.socket}. Not exported; no compatibility guarantees.
 */
package io.github.cxonesdk.testkit.internal.stream;
