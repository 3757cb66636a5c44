package io.github.cxonesdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.fanout.Broadcaster;
import io.github.cxonesdk.streaming.fanout.SseServer;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.presence.AgentPresence;
import io.github.cxonesdk.streaming.presence.PresenceListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live agent dashboard in the browser: a plain HTML/JS page (shipped in this jar, no build step, no
 * CDN) fed by Server-Sent Events from the streaming module's {@link SseServer}. It shows a table of
 * agents (status, queue, time in state), agents per queue and status, and a chart of recent
 * handle-time percentiles; it reconnects by itself and says so while it does.
 *
 * <pre>{@code
 * try (AgentDashboard dashboard = AgentDashboard.start(8090)) {
 *     presenceCache.subscribe(dashboard.presenceListener());
 *     dashboard.publishMetrics(result);                 // from a metrics sink
 *     System.out.println("open " + dashboard.url());
 * }
 * }</pre>
 *
 * <p>The page and its event stream are served from one origin: {@code /events} relays the
 * {@link SseServer}'s stream byte for byte (with the browser's {@code Last-Event-ID}), so the SSE server
 * can be restarted, or run elsewhere, without the page noticing more than a reconnect.
 *
 * <p>This class is thread-safe.
 */
public final class AgentDashboard implements AutoCloseable {
    private static final String PAGE = "agent-dashboard/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css");
    private static final AtomicInteger IDS = new AtomicInteger();

    private final Broadcaster broadcaster = Broadcaster.builder().replaySize(2_000).build();
    private final HttpClient relay = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService pool;
    private final HttpServer server;
    private SseServer sse; // guarded by this

    private AgentDashboard(int port) {
        int id = IDS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        // one thread per open page plus the static files; bounded: past it the request waits its turn
        pool = new ThreadPoolExecutor(32, 32, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(256), r -> {
            Thread t = new Thread(r, "cxone-dashboard-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            pool.shutdownNow();
            throw new UncheckedIOException("cannot serve the agent dashboard on port " + port, e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::page);
        server.createContext("/events", this::events);
        startStream();
        server.start();
    }

    /**
     * Starts serving the page on {@code 127.0.0.1}.
     *
     * @param port the port, 0 for a free one
     * @return the running dashboard
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static AgentDashboard start(int port) {
        return new AgentDashboard(port);
    }

    /**
     * Returns the page's address.
     *
     * @return e.g. {@code http://127.0.0.1:8090/}
     */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * Returns the broadcaster the page's events go through ({@code presence} and {@code metrics}).
     *
     * @return the broadcaster
     */
    public Broadcaster broadcaster() {
        return broadcaster;
    }

    /**
     * Returns a listener that sends every presence change (and the snapshot) to the page.
     *
     * @return a listener for {@code PresenceCache.subscribe}
     */
    public PresenceListener presenceListener() {
        return new PresenceListener() {
            @Override
            public void onSnapshot(Map<String, AgentPresence> users) {
                users.values().forEach(this::onUpdate);
            }

            @Override
            public void onUpdate(AgentPresence presence) {
                publishPresence(presence);
            }
        };
    }

    /**
     * Sends one agent's presence to the page.
     *
     * @param presence the presence
     */
    public void publishPresence(AgentPresence presence) {
        broadcaster.publish("presence", CxoneJson.mapper().writeValueAsString(presence));
    }

    /**
     * Sends one interaction-metrics result to the page's handle-time chart.
     *
     * @param metrics the result
     */
    public void publishMetrics(InteractionMetrics metrics) {
        broadcaster.publish("metrics", CxoneJson.mapper().writeValueAsString(metrics));
    }

    /**
     * Stops the SSE server: open pages see their stream end and show that they are reconnecting.
     */
    public synchronized void stopStream() {
        if (sse != null) {
            sse.close();
            sse = null;
        }
    }

    /**
     * Starts the SSE server (again); reconnecting pages resume after the last event they saw.
     */
    public synchronized void startStream() {
        if (sse == null) {
            sse = SseServer.builder(broadcaster).retry(Duration.ofSeconds(1)).heartbeat(Duration.ofSeconds(5))
                    .build().start();
        }
    }

    /**
     * Restarts the SSE server, as a deployment would.
     */
    public void restartStream() {
        stopStream();
        startStream();
    }

    private synchronized URI streamUrl() {
        return sse == null ? null : sse.url();
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            String file = FILES.get(exchange.getRequestURI().getPath());
            if (file == null || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try (InputStream in = AgentDashboard.class.getResourceAsStream(PAGE + file)) {
                body = in.readAllBytes();
            }
            String type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : "text/css";
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
            exchange.getResponseHeaders().add("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** Relays the SSE server's stream; 503 while it is down (the page then reconnects by itself). */
    private void events(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI upstream = streamUrl();
            HttpResponse<InputStream> response = null;
            if (upstream != null) {
                HttpRequest.Builder request = HttpRequest.newBuilder(withQuery(upstream, exchange.getRequestURI()))
                        .header("Accept", "text/event-stream");
                String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
                if (lastEventId != null && lastEventId.length() <= 19) {
                    request.header("Last-Event-ID", lastEventId);
                }
                try {
                    response = relay.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                } catch (IOException e) {
                    response = null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (response == null || response.statusCode() != 200) {
                byte[] body = "stream unavailable, retry shortly\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(503, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().add("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            copy(response.body(), exchange.getResponseBody());
        }
    }

    private static URI withQuery(URI upstream, URI request) {
        String query = request.getRawQuery();
        return query == null || query.length() > 100 ? upstream : URI.create(upstream + "?" + query);
    }

    private static void copy(InputStream from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try (from) {
            for (int n; (n = from.read(buffer)) >= 0; ) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // the page or the SSE server went away: the page reconnects
        }
    }

    /** Stops the page server, the SSE server and the broadcaster. */
    @Override
    public void close() {
        stopStream();
        server.stop(0);
        pool.shutdownNow();
        broadcaster.close();
    }
}
