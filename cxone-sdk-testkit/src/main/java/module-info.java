/**
 * A stateful simulator of the CXone wire contract (REST and WebSocket streams on embedded Jetty 12)
 * and a JUnit 5 extension that gives tests a fresh simulator.
 */
module io.github.cxonesdk.testkit {
    requires tools.jackson.databind;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.websocket.server;
    requires transitive org.junit.jupiter.api;
    requires org.slf4j;
    requires java.net.http;

    exports io.github.cxonesdk.testkit;
    // Not API: Jetty's WebSocket layer reaches endpoint methods through MethodHandles.publicLookup(),
    // which only sees unconditionally exported packages; so the three endpoint classes live alone in
    // internal.socket and only that package is exported (the stream hubs and the rest stay hidden).
    exports io.github.cxonesdk.testkit.internal.socket;
}
