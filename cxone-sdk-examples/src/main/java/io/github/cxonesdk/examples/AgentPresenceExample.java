package io.github.cxonesdk.examples;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.streaming.fanout.Broadcaster;
import io.github.cxonesdk.streaming.fanout.SseServer;
import io.github.cxonesdk.streaming.presence.AgentPresence;
import io.github.cxonesdk.streaming.presence.PresenceCache;
import io.github.cxonesdk.streaming.presence.PresenceListener;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The backend of a custom agent dashboard: follows the presence of some agents (out-of-order deltas
 * are applied by sequence, bursts coalesced per agent, {@code wrapUpCode} ignored) and serves it to
 * browsers as Server-Sent Events ({@code new EventSource(url)}: a {@code presence} event per change,
 * resumable with {@code Last-Event-ID}).
 *
 * <p>Runs against a real tenant when {@code CXONE_BASE_URL} is set (serving for
 * {@code CXONE_EXAMPLE_SECONDS}, default 60), otherwise against an embedded {@link CxoneSimulator}.
 *
 * <pre>{@code
 * ./mvnw -q -Pquick -pl cxone-sdk-examples -am compile exec:java -Dexec.mainClass=io.github.cxonesdk.examples.AgentPresenceExample
 * }</pre>
 */
public final class AgentPresenceExample {
    private static final List<String> AGENTS = IntStream.rangeClosed(1, 10).mapToObj(i -> "u" + i).toList();

    private AgentPresenceExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the example with the given environment.
     *
     * @param env the environment; without {@code CXONE_BASE_URL} the embedded simulator is used
     * @param out where the summary is printed
     * @return the final state by user id
     */
    static Map<String, AgentPresence> run(Map<String, String> env, PrintStream out) {
        try (CxoneSimulator sim = env.get("CXONE_BASE_URL") == null ? CxoneSimulator.builder().build().start() : null;
             Broadcaster broadcaster = Broadcaster.builder().replaySize(1_000).build();
             SseServer sse = SseServer.builder(broadcaster).build().start();
             PresenceCache cache = PresenceCache.builder().ignoreFields(Set.of("wrapUpCode")).build()) {
            CxoneConfig config = CxoneConfig.fromEnvironment(sim == null ? env : sim.environment());
            cache.subscribe(new PresenceListener() {
                @Override
                public void onSnapshot(Map<String, AgentPresence> users) {
                    users.values().forEach(this::onUpdate);
                }

                @Override
                public void onUpdate(AgentPresence p) {
                    broadcaster.publish("presence", CxoneJson.mapper().writeValueAsString(p));
                }
            });
            try (StreamClient stream = StreamClient.builder(config.presenceStreamUrl(),
                    StreamProtocols.presence(AGENTS), TokenProviders.fromConfig(config)).build()) {
                stream.start(cache::accept);
                out.println("Serving agent presence as Server-Sent Events at " + sse.url());
                if (sim != null) {
                    sim.workload().emit(300);
                    InteractionMetricsExample.waitUntil(() -> cache.snapshot().size() == AGENTS.size(),
                            Duration.ofMinutes(1));
                } else {
                    long seconds = Long.parseLong(env.getOrDefault("CXONE_EXAMPLE_SECONDS", "60"));
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
                }
            }
            Map<String, AgentPresence> state = cache.snapshot();
            Map<String, Long> byStatus = state.values().stream().collect(Collectors.groupingBy(
                    p -> String.valueOf(p.status()), TreeMap::new, Collectors.counting()));
            out.println("Agents followed: " + state.size() + ", by status: " + byStatus);
            out.println("SSE events published: " + broadcaster.replayed().size());
            return state;
        }
    }
}
