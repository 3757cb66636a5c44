package io.github.cxonesdk.streaming.fanout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cxonesdk.core.internal.Checks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link Broadcaster} as Server-Sent Events on the JDK's built-in HTTP server: every message
 * is an SSE event with {@code id:} (its broadcaster id), {@code event:} and {@code data:} lines; a client
 * that reconnects with {@code Last-Event-ID} (browsers do this by themselves) gets what it missed from the
 * replay buffer; a comment line is sent as heartbeat when nothing else was sent for the heartbeat period.
 *
 * <pre>{@code
 * try (SseServer sse = SseServer.builder(broadcaster).port(8080).path("/events").build().start()) {
 *     // new EventSource("http://host:8080/events") in the browser
 * }
 * }</pre>
 *
 * <p>Each connected client has one thread of a bounded pool ({@code cxone-sse-N}); beyond
 * {@link Builder#maxClients(int)} connections a client is answered 503. A stalled client is evicted by the
 * broadcaster without slowing the others; its thread ends when its socket fails or closes.
 *
 * <p>This class is thread-safe.
 */
public final class SseServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SseServer.class);
    private static final AtomicInteger IDS = new AtomicInteger();

    private final Builder config;
    private HttpServer server;
    private ExecutorService pool;

    private SseServer(Builder config) {
        this.config = config;
    }

    /**
     * Starts building a server for a broadcaster.
     *
     * @param broadcaster what to serve
     * @return a builder
     */
    public static Builder builder(Broadcaster broadcaster) {
        return new Builder(broadcaster);
    }

    /**
     * Binds and starts serving.
     *
     * @return this server
     * @throws UncheckedIOException when the address cannot be bound
     */
    public synchronized SseServer start() {
        int id = IDS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(1, config.maxClients + 1, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "cxone-sse-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            server = HttpServer.create(new InetSocketAddress(config.host, config.port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind SSE server to " + config.host + ":" + config.port, e);
        }
        server.setExecutor(command -> {
            try {
                pool.execute(command);
            } catch (RejectedExecutionException e) {
                LOG.warn("SSE server at capacity ({} clients); connection refused", config.maxClients);
                throw e;
            }
        });
        server.createContext(config.path, exchange -> handle(exchange, config.broadcaster));
        config.routes.forEach((path, broadcaster) -> server.createContext(path, exchange -> handle(exchange, broadcaster)));
        server.start();
        return this;
    }

    /**
     * Returns the URL clients connect to.
     *
     * @return e.g. {@code http://127.0.0.1:43210/events}
     */
    public synchronized URI url() {
        return url(config.path);
    }

    /**
     * Returns the URL of a path on this server, e.g. one added with {@link Builder#route(String, Broadcaster)}.
     *
     * @param path starting with {@code /}
     * @return e.g. {@code http://127.0.0.1:43210/events/v2}
     * @throws IllegalStateException before {@link #start()}
     */
    public synchronized URI url(String path) {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return URI.create("http://" + config.host + ":" + server.getAddress().getPort() + checkPath(path));
    }

    private void handle(HttpExchange exchange, Broadcaster broadcaster) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            long lastSeen = lastEventId(exchange);
            Broadcaster.Subscription sub = broadcaster.subscribe(lastSeen);
            try {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().add("Cache-Control", "no-cache");
                exchange.getResponseHeaders().add("X-Accel-Buffering", "no");
                exchange.sendResponseHeaders(200, 0);
                stream(exchange.getResponseBody(), sub);
            } finally {
                sub.close();
            }
        }
    }

    private void stream(OutputStream out, Broadcaster.Subscription sub) throws IOException {
        out.write(("retry: " + config.retry.toMillis() + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            while (sub.isOpen()) {
                BroadcastMessage m = sub.poll(config.heartbeat);
                if (m == null) {
                    if (!sub.isOpen()) {
                        return;
                    }
                    out.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(format(m));
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("SSE client gone", e);
        }
    }

    /**
     * Formats one message as an SSE event (multi-line data becomes several {@code data:} lines).
     *
     * @param m the message
     * @return UTF-8 bytes
     */
    static byte[] format(BroadcastMessage m) {
        StringBuilder sb = new StringBuilder(m.data().length() + 48);
        sb.append("id: ").append(m.id()).append('\n');
        sb.append("event: ").append(m.type()).append('\n');
        for (String line : m.data().split("\r\n|\r|\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long lastEventId(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        if (header == null) {
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null) {
                for (String pair : query.split("&", 64)) {
                    if (pair.startsWith("lastEventId=")) {
                        header = pair.substring("lastEventId=".length());
                    }
                }
            }
        }
        if (header == null || header.isBlank() || header.length() > 19) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String checkPath(String path) {
        if (!Objects.requireNonNull(path, "path == null").startsWith("/") || path.length() > 256) {
            throw new IllegalArgumentException("path must start with / and have at most 256 characters");
        }
        return path;
    }

    /** Stops accepting, closes every connection and the thread pool. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /**
     * Builds an {@link SseServer}. Not thread-safe.
     */
    public static final class Builder {
        private final Broadcaster broadcaster;
        private String host = "127.0.0.1";
        private int port;
        private String path = "/events";
        private Duration heartbeat = Duration.ofSeconds(15);
        private Duration retry = Duration.ofSeconds(2);
        private int maxClients = 256;
        private final Map<String, Broadcaster> routes = new LinkedHashMap<>();

        private Builder(Broadcaster broadcaster) {
            this.broadcaster = Objects.requireNonNull(broadcaster, "broadcaster == null");
        }

        /**
         * Sets the bind address (default {@code 127.0.0.1}).
         *
         * @param host an address or name
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host == null");
            return this;
        }

        /**
         * Sets the port (default 0, any free port).
         *
         * @param port 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            this.port = Checks.inRange(port, 0, 65_535, "port");
            return this;
        }

        /**
         * Sets the path (default {@code /events}).
         *
         * @param path starting with {@code /}
         * @return this builder
         */
        public Builder path(String path) {
            this.path = checkPath(path);
            return this;
        }

        /**
         * Also serves another broadcaster, at another path of the same server (sharing its port, client
         * limit and thread pool), e.g. one broadcaster per schema version at {@code /events/v1} and
         * {@code /events/v2}. A request goes to the longest matching path.
         *
         * @param path starting with {@code /}, different from {@link #path(String)} and earlier routes
         * @param broadcaster what to serve there
         * @return this builder
         * @throws IllegalArgumentException if the path is malformed or already routed
         */
        public Builder route(String path, Broadcaster broadcaster) {
            checkPath(path);
            Objects.requireNonNull(broadcaster, "broadcaster == null");
            if (routes.containsKey(path)) {
                throw new IllegalArgumentException("path routed twice: " + path);
            }
            routes.put(path, broadcaster);
            return this;
        }

        /**
         * Sets how long a connection may stay quiet before a heartbeat comment (default 15 s).
         *
         * @param period a positive duration
         * @return this builder
         */
        public Builder heartbeat(Duration period) {
            this.heartbeat = Checks.positive(period, "heartbeat");
            return this;
        }

        /**
         * Sets the reconnect delay advised to browsers ({@code retry:}, default 2 s).
         *
         * @param retry a positive duration
         * @return this builder
         */
        public Builder retry(Duration retry) {
            this.retry = Checks.positive(retry, "retry");
            return this;
        }

        /**
         * Sets the most concurrent clients (default 256).
         *
         * @param clients at least 1
         * @return this builder
         */
        public Builder maxClients(int clients) {
            this.maxClients = Checks.atLeast(clients, 1, "maxClients");
            return this;
        }

        /**
         * Builds the server; {@link SseServer#start()} binds it.
         *
         * @return the server
         */
        public SseServer build() {
            if (routes.containsKey(path)) {
                throw new IllegalArgumentException("route path equals the main path: " + path);
            }
            return new SseServer(this);
        }
    }
}
