package io.github.cxonesdk.examples;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import io.github.cxonesdk.streaming.presence.PresenceCache;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * A live agent dashboard page: agent presence (status, queue, time in state) and recent handle-time
 * percentiles, pushed to the browser as Server-Sent Events by {@link AgentDashboard}.
 *
 * <p>Runs against a real tenant when {@code CXONE_BASE_URL} is set, otherwise against an embedded
 * {@link CxoneSimulator} with a steady workload; serves for {@code CXONE_EXAMPLE_SECONDS} (default 60)
 * at {@code http://127.0.0.1:8090/} ({@code CXONE_DASHBOARD_PORT} to change it).
 *
 * <pre>{@code
 * ./mvnw -q -Pquick -pl cxone-sdk-examples -am compile exec:java -Dexec.mainClass=io.github.cxonesdk.examples.AgentDashboardExample
 * }</pre>
 */
public final class AgentDashboardExample {
    /** The agents followed (the simulator's first twenty). */
    static final List<String> AGENTS = IntStream.rangeClosed(1, 20).mapToObj(i -> "u" + i).toList();

    private AgentDashboardExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("CXONE_DASHBOARD_PORT", "8090"));
        long seconds = Long.parseLong(env.getOrDefault("CXONE_EXAMPLE_SECONDS", "60"));
        try (CxoneSimulator sim = env.get("CXONE_BASE_URL") == null ? CxoneSimulator.builder().build().start() : null;
             Running running = start(sim == null ? env : sim.environment(), port, System.out)) {
            if (sim != null) {
                sim.workload().start(5);
            }
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
            System.out.println("Agents shown: " + running.cache().snapshot().size());
        }
    }

    /**
     * Starts following presence and interaction events and serving the page.
     *
     * @param env  the {@code CXONE_*} variables of the tenant or simulator
     * @param port the page's port, 0 for a free one
     * @param out  where the address is printed
     * @return the running dashboard; close it to stop
     */
    static Running start(Map<String, String> env, int port, PrintStream out) {
        CxoneConfig config = CxoneConfig.fromEnvironment(env);
        AgentDashboard dashboard = AgentDashboard.start(port);
        PresenceCache cache = PresenceCache.builder().ignoreFields(Set.of("wrapUpCode")).build();
        cache.subscribe(dashboard.presenceListener());
        StreamClient presence = StreamClient.builder(config.presenceStreamUrl(), StreamProtocols.presence(AGENTS),
                TokenProviders.fromConfig(config)).build().start(cache::accept);
        // one interim result per 20 events of a bucket: the chart shows handle time as it develops
        InteractionMetricsAggregator metrics = InteractionMetricsAggregator.builder().interimEvery(20).build();
        StreamClient events = StreamClient.builder(config.eventStreamUrl(), StreamProtocols.events("interaction.completed"),
                TokenProviders.fromConfig(config)).build().start(event -> {
                    metrics.accept(event); // one delivery thread: the aggregator is fed from it only
                    metrics.poll(Instant.now()).forEach(dashboard::publishMetrics);
                });
        out.println("Agent dashboard at " + dashboard.url());
        return new Running(dashboard, cache, presence, events);
    }

    /**
     * A running dashboard: the page, the presence cache and the two streams feeding it.
     *
     * @param dashboard the page server
     * @param cache     the presence cache
     * @param presence  the presence stream
     * @param events    the interaction event stream
     */
    record Running(AgentDashboard dashboard, PresenceCache cache, StreamClient presence, StreamClient events)
            implements AutoCloseable {
        @Override
        public void close() {
            events.close();
            presence.close();
            cache.close();
            dashboard.close();
        }
    }
}
