/**
 * The simulator's WebSocket endpoint classes. Not API: this package is exported only because Jetty's
 * WebSocket layer looks endpoint methods up through {@code MethodHandles.publicLookup()}, which needs the
 * endpoint classes in an unconditionally exported package when the simulator runs on the module path.
 * Everything else (the hubs in {@code internal.stream}) stays unexported.
 */
package io.github.cxonesdk.testkit.internal.socket;
