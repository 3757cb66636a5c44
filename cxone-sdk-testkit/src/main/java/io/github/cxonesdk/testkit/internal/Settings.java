package io.github.cxonesdk.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the simulator was built with.
 *
 * @param host               bind address
 * @param port               port (0 = any free port)
 * @param clock              clock for tokens, limits, audit and metrics
 * @param tokenLifetime      lifetime of issued tokens
 * @param heartbeatInterval  stream heartbeat period
 * @param activationDelay    PENDING_ACTIVATION to ACTIVE delay of filters
 * @param seed               workload seed
 * @param clients            OAuth clients: id to (secret, scopes)
 * @param accessKeys         access keys: id to secret
 * @param ingestionRateLimit accepted ingestion events per second (0 = unlimited)
 * @param historySize        events kept for stream resume
 * @param recordLimit        emitted events the workload keeps for {@code emitted()}
 * @param webhookBackoff     first retry delay of webhook deliveries
 * @param malformedRatio     share of workload events made malformed on purpose (0 to 1)
 */
public record Settings(String host, int port, Clock clock, Duration tokenLifetime, Duration heartbeatInterval,
                       Duration activationDelay, long seed, Map<String, Client> clients,
                       Map<String, String> accessKeys, int ingestionRateLimit, int historySize,
                       int recordLimit, Duration webhookBackoff, double malformedRatio) {

    /** Every scope API.md names. */
    public static final List<String> ALL_SCOPES = List.of(
            "dashboard:read", "dashboard:write", "event:subscribe", "webhook:write",
            "event-processing:read", "event-processing:write", "analytics:read",
            "view:interaction", "read:interaction",
            "presence:read", "interaction:read", "queue:read", "user:read",
            "events:ingest", "events:read");

    /**
     * One registered OAuth client.
     *
     * @param secret its secret
     * @param scopes the scopes it may be granted
     */
    public record Client(String secret, Set<String> scopes) {
        public Client {
            scopes = Set.copyOf(scopes);
        }
    }

    public Settings {
        clients = Map.copyOf(clients);
        accessKeys = Map.copyOf(accessKeys);
    }
}
