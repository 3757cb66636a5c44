package io.github.cxonesdk.streaming.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** The Jakarta endpoint in a real container: Jetty 12 (EE10) Jakarta WebSocket. */
class BroadcastEndpointTest {
    @Test
    void servesBroadcastsWithResumeInJetty() throws Exception {
        Broadcaster b = Broadcaster.builder().build();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        JakartaWebSocketServletContainerInitializer.configure(context,
                (servletContext, container) -> container.addEndpoint(BroadcastEndpoint.config("/ws", b)));
        server.setHandler(context);
        server.start();
        try {
            for (int i = 1; i <= 5; i++) {
                b.publish("presence", "{\"n\":" + i + "}");
            }
            List<String> got = new CopyOnWriteArrayList<>();
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws?lastEventId=2"),
                            new WebSocket.Listener() {
                                @Override
                                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                    got.add(data.toString());
                                    webSocket.request(1);
                                    return null;
                                }
                            }).join();
            await().atMost(Duration.ofSeconds(60)).until(() -> got.size() == 3);
            b.publish("presence", "{\"n\":6}");
            await().atMost(Duration.ofSeconds(60)).until(() -> got.size() == 4);
            assertThat(got).containsExactly("{\"id\":3,\"type\":\"presence\",\"data\":{\"n\":3}}",
                    "{\"id\":4,\"type\":\"presence\",\"data\":{\"n\":4}}",
                    "{\"id\":5,\"type\":\"presence\",\"data\":{\"n\":5}}",
                    "{\"id\":6,\"type\":\"presence\",\"data\":{\"n\":6}}");
            ws.abort();
        } finally {
            server.stop();
        }
    }
}
