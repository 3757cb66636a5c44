package io.github.cxonesdk.testkit.internal;

import io.github.cxonesdk.testkit.DeliveryAttempt;
import io.github.cxonesdk.testkit.internal.stream.EventHub;
import io.github.cxonesdk.testkit.internal.stream.PresenceHub;
import io.github.cxonesdk.testkit.internal.socket.StreamSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** Wires the endpoint groups, the stream sockets and the workload onto one Jetty server and port. */
public final class SimulatorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);
    public static final String TOKEN_PATH = "/oauth/token";
    public static final String EVENTS_PATH = "/api/v2/events";
    public static final String PRESENCE_PATH = "/v1/streaming/presence";

    private final Settings settings;
    private final Tokens tokens;
    private final FaultInjector faults;
    private final WebhookDeliverer webhooks;
    private final FiltersApi filters;
    private final IngestionApi ingestion;
    private final ScheduledExecutorService streamScheduler;
    private final EventHub events;
    private final PresenceHub presence;
    private final WorkloadGenerator workload;
    private final Server server;
    private final ServerConnector connector;
    private final AtomicLong upgradeRequestIds = new AtomicLong();
    private volatile URI baseUrl;

    public SimulatorServer(Settings settings) {
        this.settings = settings;
        this.tokens = new Tokens(settings.clock());
        this.faults = new FaultInjector(settings.clock());
        this.webhooks = new WebhookDeliverer(settings.clock(), settings.webhookBackoff());
        this.filters = new FiltersApi(settings.clock(), settings.activationDelay(), faults);
        this.ingestion = new IngestionApi(settings.clock(), settings.ingestionRateLimit());
        this.streamScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cxone-sim-heartbeats");
            t.setDaemon(true);
            return t;
        });
        this.events = new EventHub(settings.clock(), settings.heartbeatInterval(), streamScheduler, faults,
                settings.historySize(), filters::observe);
        this.presence = new PresenceHub(settings.clock(), settings.heartbeatInterval(), streamScheduler, faults,
                WorkloadGenerator.AGENTS);
        this.workload = new WorkloadGenerator(events, presence, settings.clock(), settings.seed(), settings.recordLimit(),
                settings.malformedRatio());
        QueuedThreadPool threads = new QueuedThreadPool(200, 4);
        threads.setName("cxone-sim");
        threads.setDaemon(true);
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
    }

    public synchronized void start() {
        if (baseUrl != null) {
            return;
        }
        Router router = new Router(tokens, faults);
        TokenEndpoint tokenEndpoint = new TokenEndpoint(settings, tokens, faults);
        router.open("POST", TOKEN_PATH, tokenEndpoint::token)
                .open("GET", "/.well-known/openid-configuration",
                        r -> tokenEndpoint.discovery(baseUrl().toString(), tokenUrl().toString()));
        new DashboardsApi(settings.clock(), webhooks, faults, this::baseUrl).register(router);
        new SubscriptionsApi(settings.clock(), webhooks).register(router);
        ingestion.register(router);
        filters.register(router);
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofMinutes(10));
            container.addMapping(EVENTS_PATH, creator("view:interaction", events::newSocket));
            container.addMapping(PRESENCE_PATH, creator("presence:read", presence::newSocket));
        });
        upgrade.setHandler(router);
        server.setHandler(upgrade);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("simulator failed to start on " + settings.host() + ":" + settings.port(), e);
        }
        baseUrl = URI.create("http://" + settings.host() + ":" + connector.getLocalPort());
        LOG.info("CXone simulator listening on {}", baseUrl);
    }

    private WebSocketCreator creator(String scope, Function<Tokens.Issued, StreamSocket> factory) {
        return (request, response, callback) -> {
            Tokens.Issued token = tokens.lookup(bearer(request));
            if (token == null) {
                reject(request, response, callback, 401, "invalid_token", "missing, unknown or expired access token",
                        null);
                return null;
            }
            if (!token.scopes().contains(scope)) {
                reject(request, response, callback, 403, "insufficient_scope", "the token lacks scope '" + scope + "'",
                        scope);
                return null;
            }
            return factory.apply(token);
        };
    }

    private static String bearer(ServerUpgradeRequest request) {
        String header = request.getHeaders().get("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        return query.getValue("access_token");
    }

    /** Answers a refused upgrade like any REST error (API.md): error, message, requestId and X-Request-Id. */
    private void reject(ServerUpgradeRequest request, ServerUpgradeResponse response,
                        org.eclipse.jetty.util.Callback callback, int status, String error, String message,
                        String scope) {
        String clientRequestId = request.getHeaders().get("X-Request-Id");
        String requestId = clientRequestId != null && !clientRequestId.isBlank() && clientRequestId.length() <= 200
                ? clientRequestId : "sim-ws-" + upgradeRequestIds.incrementAndGet();
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("message", message);
        body.put("requestId", requestId);
        if (scope != null) {
            body.put("scope", scope);
        }
        response.setStatus(status);
        response.getHeaders().put("X-Request-Id", requestId);
        response.getHeaders().put("Content-Type", "application/json");
        Content.Sink.write(response, true, Json.write(body), callback);
    }

    public URI baseUrl() {
        URI url = baseUrl;
        if (url == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return url;
    }

    public URI tokenUrl() {
        return baseUrl().resolve(TOKEN_PATH);
    }

    public URI eventStreamUrl() {
        return URI.create("ws://" + baseUrl().getAuthority() + EVENTS_PATH);
    }

    public URI presenceStreamUrl() {
        return URI.create("ws://" + baseUrl().getAuthority() + PRESENCE_PATH);
    }

    public FaultInjector faults() {
        return faults;
    }

    public WorkloadGenerator workload() {
        return workload;
    }

    /** Expires every issued token and closes the stream sockets that used one. */
    public void expireTokens() {
        tokens.expireAll();
        events.closeExpired();
        presence.closeExpired();
    }

    public void failActivation(String filterName, String reason) {
        filters.failActivation(filterName, reason);
    }

    public List<DeliveryAttempt> deliveries() {
        return webhooks.attempts();
    }

    public List<String> ingested() {
        return ingestion.kept();
    }

    @Override
    public synchronized void close() {
        workload.close();
        events.closeAll();
        presence.closeAll();
        webhooks.close();
        filters.close();
        streamScheduler.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("simulator did not stop cleanly", e);
        }
    }
}
