/**
 * The simulator's event and presence streams. Not API: the package is exported only because Jetty's
 * WebSocket layer looks endpoint methods up through {@code MethodHandles.publicLookup()}, which needs
 * an unconditionally exported package when the simulator runs on the module path.
 */
package io.github.cxonesdk.testkit.internal.stream;
