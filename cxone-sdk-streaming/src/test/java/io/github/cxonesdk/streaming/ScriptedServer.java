package io.github.cxonesdk.streaming;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A WebSocket server for hostile-input tests: on the first client message it runs a script that
 * sends whatever frames a test wants (fragments, binary, garbage).
 */
public final class ScriptedServer implements AutoCloseable {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final ExecutorService scripts = Executors.newCachedThreadPool();

    /** What the script gets: a way to send frames in order. */
    public interface Script {
        void run(Peer peer) throws Exception;
    }

    /** One connected client. */
    public static final class Peer {
        private final Session session;

        Peer(Session session) {
            this.session = session;
        }

        public void text(String text) {
            Callback.Completable.with(c -> session.sendText(text, c)).join();
        }

        public void fragments(List<String> parts) {
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                String part = parts.get(i);
                Callback.Completable.with(c -> session.sendPartialText(part, last, c)).join();
            }
        }

        public void binary(byte[] bytes) {
            Callback.Completable.with(c -> session.sendBinary(java.nio.ByteBuffer.wrap(bytes), c)).join();
        }
    }

    public ScriptedServer(Script script) {
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofMinutes(1));
            container.setMaxTextMessageSize(64L << 20);
            container.addMapping("/stream", (req, resp, cb) -> new Endpoint(script));
        });
        server.setHandler(upgrade);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public URI url() {
        return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/stream");
    }

    @Override
    public void close() {
        scripts.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public because Jetty only upgrades to public endpoint classes. */
    @SuppressWarnings("exports")
    public final class Endpoint extends Session.Listener.AbstractAutoDemanding {
        private final Script script;
        private boolean started;

        Endpoint(Script script) {
            this.script = script;
        }

        @Override
        public void onWebSocketText(String message) {
            if (started) {
                return;
            }
            started = true;
            Session session = getSession();
            scripts.execute(() -> {
                try {
                    script.run(new Peer(session));
                } catch (Exception e) {
                    session.disconnect();
                }
            });
        }
    }

    static Consumer<Peer> noop() {
        return p -> {
        };
    }
}
