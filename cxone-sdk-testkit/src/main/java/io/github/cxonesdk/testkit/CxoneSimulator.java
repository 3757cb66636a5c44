package io.github.cxonesdk.testkit;

import io.github.cxonesdk.testkit.internal.Settings;
import io.github.cxonesdk.testkit.internal.SimulatorServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-process simulator of the CXone wire contract: OAuth token endpoint, dashboards, webhook
 * subscriptions with real deliveries, event ingestion, event-processing filters, and the event and
 * presence WebSocket streams, all on one port of 127.0.0.1 (embedded Jetty 12).
 *
 * <pre>{@code
 * try (CxoneSimulator sim = CxoneSimulator.builder().activationDelay(Duration.ofMillis(200)).build().start()) {
 *     CxoneConfig config = CxoneConfig.fromEnvironment(sim.environment());   // the SDK, pointed at it
 *     URI api = sim.baseUrl();           // http://127.0.0.1:<port>
 *     URI token = sim.tokenUrl();        // POST client credentials of sim.clientId()/sim.clientSecret()
 *     sim.workload().start(100);         // 100 interaction.completed events per second on the stream
 *     sim.faults().throttle(1, Duration.ofSeconds(1));
 * }
 * }</pre>
 *
 * <p>The simulator works on raw JSON trees and shares no code with the SDK's models, so it catches a
 * mistake in them instead of mirroring it. Every history it keeps is capped, so it can run for hours.
 *
 * <p>This class is thread-safe.
 */
public final class CxoneSimulator implements AutoCloseable {
    /** The id of the default client, which may be granted every scope. */
    public static final String DEFAULT_CLIENT_ID = "cxone-sim-client";
    /** The secret of the default client. */
    public static final String DEFAULT_CLIENT_SECRET = "cxone-sim-secret";
    /** The id of the default access key (password grant). */
    public static final String DEFAULT_ACCESS_KEY_ID = "cxone-sim-access-key";
    /** The secret of the default access key. */
    public static final String DEFAULT_ACCESS_KEY_SECRET = "cxone-sim-access-key-secret";

    private final SimulatorServer server;
    private final Faults faults;
    private final Workload workload;
    private final Settings.Client defaultClient;

    private CxoneSimulator(Settings settings) {
        this.server = new SimulatorServer(settings);
        this.defaultClient = settings.clients().get(DEFAULT_CLIENT_ID);
        this.faults = new Faults(server.faults(), server::expireTokens);
        this.workload = new Workload(server.workload());
    }

    /**
     * Starts building a simulator; every setting is optional.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server (port 0 picks a free port unless {@link Builder#port(int)} says otherwise).
     *
     * @return this simulator
     * @throws IllegalStateException when the server cannot start
     */
    public CxoneSimulator start() {
        server.start();
        return this;
    }

    /**
     * Returns the base URL of the REST API, e.g. {@code http://127.0.0.1:43123}.
     *
     * @return the base URL
     * @throws IllegalStateException when the simulator is not started
     */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /**
     * Returns the token endpoint, {@code <base>/oauth/token}; OIDC discovery is served at
     * {@code <base>/.well-known/openid-configuration}.
     *
     * @return the token URL
     * @throws IllegalStateException when the simulator is not started
     */
    public URI tokenUrl() {
        return server.tokenUrl();
    }

    /**
     * Returns the event stream WebSocket URL, {@code ws://<host>:<port>/api/v2/events}.
     *
     * @return the event stream URL
     * @throws IllegalStateException when the simulator is not started
     */
    public URI eventStreamUrl() {
        return server.eventStreamUrl();
    }

    /**
     * Returns the presence stream WebSocket URL, {@code ws://<host>:<port>/v1/streaming/presence}.
     *
     * @return the presence stream URL
     * @throws IllegalStateException when the simulator is not started
     */
    public URI presenceStreamUrl() {
        return server.presenceStreamUrl();
    }

    /**
     * Returns the {@code CXONE_*} environment variables that point a client at this simulator, as a
     * user would export them: {@code CXONE_BASE_URL}, {@code CXONE_TOKEN_URL}, {@code CXONE_CLIENT_ID},
     * {@code CXONE_CLIENT_SECRET} (the default client), {@code CXONE_SCOPES} (every scope the default
     * client holds, space-separated), {@code CXONE_EVENT_STREAM_URL} and {@code CXONE_PRESENCE_STREAM_URL}.
     * With the SDK:
     *
     * <pre>{@code
     * CxoneConfig config = CxoneConfig.fromEnvironment(sim.environment());
     * }</pre>
     *
     * @return an immutable map in the order above
     * @throws IllegalStateException when the simulator is not started
     */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CXONE_BASE_URL", baseUrl().toString());
        env.put("CXONE_TOKEN_URL", tokenUrl().toString());
        env.put("CXONE_CLIENT_ID", clientId());
        env.put("CXONE_CLIENT_SECRET", clientSecret());
        env.put("CXONE_SCOPES", String.join(" ", Settings.ALL_SCOPES.stream().filter(defaultClient.scopes()::contains)
                .toList()));
        env.put("CXONE_EVENT_STREAM_URL", eventStreamUrl().toString());
        env.put("CXONE_PRESENCE_STREAM_URL", presenceStreamUrl().toString());
        return Collections.unmodifiableMap(env);
    }

    /**
     * Returns the id of the default client, which holds every scope unless
     * {@link Builder#client(String, String, Set)} replaced it.
     *
     * @return the client id
     */
    public String clientId() {
        return DEFAULT_CLIENT_ID;
    }

    /**
     * Returns the secret of the default client ({@link #DEFAULT_CLIENT_SECRET} unless
     * {@link Builder#client(String, String, Set)} replaced that client).
     *
     * @return the client secret
     */
    public String clientSecret() {
        return defaultClient.secret();
    }

    /**
     * Returns the id of the default access key, used as {@code username} of the password grant.
     *
     * @return the access key id
     */
    public String accessKeyId() {
        return DEFAULT_ACCESS_KEY_ID;
    }

    /**
     * Returns the secret of the default access key, used as {@code password} of the password grant.
     *
     * @return the access key secret
     */
    public String accessKeySecret() {
        return DEFAULT_ACCESS_KEY_SECRET;
    }

    /**
     * Returns every scope the simulator knows (the default client may be granted all of them).
     *
     * @return the scopes of API.md
     */
    public static List<String> allScopes() {
        return Settings.ALL_SCOPES;
    }

    /**
     * Returns the runtime fault switches.
     *
     * @return the faults of this simulator
     */
    public Faults faults() {
        return faults;
    }

    /**
     * Returns the seeded workload generator that feeds both streams.
     *
     * @return the workload of this simulator
     */
    public Workload workload() {
        return workload;
    }

    /**
     * Makes the activation of every filter named {@code filterName} (present or future) end in
     * {@code FAILED} with {@code reason} instead of {@code ACTIVE}.
     *
     * @param filterName the filter's {@code name}
     * @param reason     the reason reported by the status endpoint
     * @throws NullPointerException when an argument is null
     */
    public void failActivation(String filterName, String reason) {
        server.failActivation(Objects.requireNonNull(filterName, "filterName == null"),
                Objects.requireNonNull(reason, "reason == null"));
    }

    /**
     * Returns the most recent webhook delivery attempts (at most 10,000), oldest first.
     *
     * @return an immutable snapshot
     */
    public List<DeliveryAttempt> webhookDeliveries() {
        return server.deliveries();
    }

    /**
     * Returns the most recent events accepted by {@code POST /api/v2/events} (at most 10,000) as
     * JSON text, oldest first.
     *
     * @return an immutable snapshot
     */
    public List<String> ingestedEvents() {
        return server.ingested();
    }

    /**
     * Stops the workload, closes every socket and stops the server. Idempotent.
     */
    @Override
    public void close() {
        server.close();
    }

    /**
     * Builds a {@link CxoneSimulator}. Not thread-safe; use from one thread.
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration tokenLifetime = Duration.ofMinutes(30);
        private Duration heartbeatInterval = Duration.ofSeconds(15);
        private Duration activationDelay = Duration.ofMillis(500);
        private long seed = 42L;
        private final Map<String, Settings.Client> clients = new LinkedHashMap<>();
        private final Map<String, String> accessKeys = new LinkedHashMap<>();
        private int ingestionRateLimit;
        private int historySize = 10_000;
        private int recordLimit = 100_000;
        private Duration webhookBackoff = Duration.ofMillis(100);
        private double malformedRatio;

        private Builder() {
            clients.put(DEFAULT_CLIENT_ID, new Settings.Client(DEFAULT_CLIENT_SECRET, new HashSet<>(Settings.ALL_SCOPES)));
            accessKeys.put(DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET);
        }

        /**
         * Sets the bind address (default {@code 127.0.0.1}).
         *
         * @param host an address or host name
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
         * @throws IllegalArgumentException when out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the clock for token expiry, dashboard limits, filter metrics and audit times.
         *
         * @param clock the clock (default system UTC)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets the lifetime of issued tokens (default 30 minutes).
         *
         * @param lifetime a positive duration
         * @return this builder
         */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = positive(lifetime, "tokenLifetime");
            return this;
        }

        /**
         * Sets the stream heartbeat period (default 15 seconds); a socket that leaves two
         * heartbeats unacknowledged is closed.
         *
         * @param interval a positive duration
         * @return this builder
         */
        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = positive(interval, "heartbeatInterval");
            return this;
        }

        /**
         * Sets how long a filter stays {@code PENDING_ACTIVATION} before it is {@code ACTIVE} or
         * {@code FAILED} (default 500 ms).
         *
         * @param delay zero or more
         * @return this builder
         */
        public Builder activationDelay(Duration delay) {
            Objects.requireNonNull(delay, "activationDelay == null");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("activationDelay must not be negative");
            }
            this.activationDelay = delay;
            return this;
        }

        /**
         * Sets the workload seed (default 42): the same seed emits the same events.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Registers another OAuth client that may be granted only {@code scopes}, e.g. to
         * exercise {@code 403 insufficient_scope}.
         *
         * @param id     client id
         * @param secret client secret
         * @param scopes the scopes it may be granted
         * @return this builder
         */
        public Builder client(String id, String secret, Set<String> scopes) {
            clients.put(Objects.requireNonNull(id, "id == null"),
                    new Settings.Client(Objects.requireNonNull(secret, "secret == null"), scopes));
            return this;
        }

        /**
         * Registers another access key for the password grant.
         *
         * @param id     access key id
         * @param secret access key secret
         * @return this builder
         */
        public Builder accessKey(String id, String secret) {
            accessKeys.put(Objects.requireNonNull(id, "id == null"), Objects.requireNonNull(secret, "secret == null"));
            return this;
        }

        /**
         * Sets how many events per second {@code POST /api/v2/events} accepts before it answers
         * 429 with {@code Retry-After} (default 0, unlimited).
         *
         * @param eventsPerSecond zero or more
         * @return this builder
         */
        public Builder ingestionRateLimit(int eventsPerSecond) {
            if (eventsPerSecond < 0) {
                throw new IllegalArgumentException("ingestionRateLimit must not be negative");
            }
            this.ingestionRateLimit = eventsPerSecond;
            return this;
        }

        /**
         * Sets how many recent stream events are kept for resume with {@code resumeAfter}
         * (default 10,000).
         *
         * @param events at least 1
         * @return this builder
         */
        public Builder historySize(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("historySize must be at least 1");
            }
            this.historySize = events;
            return this;
        }

        /**
         * Sets how many emitted messages the workload records for {@link Workload#emitted()}
         * (default 100,000; older ones are dropped; 0 records nothing).
         *
         * @param messages zero or more
         * @return this builder
         */
        public Builder recordLimit(int messages) {
            if (messages < 0) {
                throw new IllegalArgumentException("recordLimit must not be negative");
            }
            this.recordLimit = messages;
            return this;
        }

        /**
         * Sets the first retry delay of webhook deliveries (default 100 ms; exponential doubles it).
         *
         * @param backoff a positive duration
         * @return this builder
         */
        public Builder webhookBackoff(Duration backoff) {
            this.webhookBackoff = positive(backoff, "webhookBackoff");
            return this;
        }

        /**
         * Makes a share of the workload's events malformed on purpose (missing {@code campaignId},
         * non-numeric {@code handleTime}, or a time without offset), so consumers can be tested for
         * counting and skipping them. Default 0: every event is well-formed. A ratio above 0 changes
         * which events a seed produces.
         *
         * @param ratio 0 to 1
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder malformedEvents(double ratio) {
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new IllegalArgumentException("ratio must be between 0 and 1: " + ratio);
            }
            this.malformedRatio = ratio;
            return this;
        }

        /**
         * Builds the simulator; call {@link CxoneSimulator#start()} next.
         *
         * @return a new, not yet started simulator
         */
        public CxoneSimulator build() {
            return new CxoneSimulator(new Settings(host, port, clock, tokenLifetime, heartbeatInterval,
                    activationDelay, seed, clients, accessKeys, ingestionRateLimit, historySize, recordLimit,
                    webhookBackoff, malformedRatio));
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name + " == null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
