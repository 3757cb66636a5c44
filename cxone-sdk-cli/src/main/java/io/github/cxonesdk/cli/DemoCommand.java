package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.eventbridge.FilterDeployment;
import io.github.cxonesdk.examples.AgentDashboard;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.streaming.presence.AgentPresence;
import io.github.cxonesdk.streaming.presence.PresenceCache;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cxone demo}: every module end to end, against the embedded simulator or a tenant. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the SDK end to end: a dashboard created and updated across a concurrent edit (three-way"
                + " merge); a filter validated, deployed, activated and exported; the event stream aggregated into"
                + " hourly percentiles across duplicates, a socket drop and a token expiry; and the live agent"
                + " dashboard page; then a schema migration (diff, mapping, validation, versioned ingestion"
                + " and publishing)."
                + " Uses an embedded simulator unless CXONE_* variables point at a tenant.",
                "Writes ./cxone-demo/ (metrics.lp unless --influx-url, filters.yaml, audit/, schema/) and ends with"
                        + " a summary table."},
        footer = {"", "Examples:", "  cxone demo", "  cxone demo --serve            # then open the printed URL",
                "  cxone demo --influx-url http://127.0.0.1:8086 --influx-db metrics"})
final class DemoCommand implements Callable<Integer> {
    private static final List<String> SIMULATED_AGENTS = IntStream.rangeClosed(1, 20).mapToObj(i -> "u" + i).toList();

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--serve", description = "Keep the agent dashboard page up at the printed URL until Ctrl-C.")
    boolean serve;

    @Option(names = "--port", defaultValue = "0", paramLabel = "P",
            description = "Port of the agent dashboard page (default: a free one).")
    int port;

    @Option(names = "--minutes", paramLabel = "N", description = "Against a tenant: how long to aggregate live events"
            + " (default 1). With --serve: stop serving after N minutes (default: at Ctrl-C).")
    Integer minutes;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Seed of the simulated workload.")
    long seed;

    @Option(names = "--influx-url", paramLabel = "URL", description = "Write the metrics to this InfluxDB (v1 write"
            + " API, which InfluxDB 1.x, 2.x and 3 accept) instead of ./cxone-demo/metrics.lp.")
    String influxUrl;

    @Option(names = "--influx-db", paramLabel = "DB", description = "The InfluxDB database, which must exist (with"
            + " --influx-url).")
    String influxDb;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        DemoMetricsTarget metricsTarget = DemoMetricsTarget.of(influxUrl, influxDb);
        if (minutes != null && minutes < 0) {
            throw CliException.badInput("--minutes must be 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = context.resolve("cxone-demo");
        createDirectories(dir);
        long started = System.nanoTime();
        DemoProgress progress = new DemoProgress(out, context.terminal(), 6);
        boolean simulated = !context.tenantConfigured();
        progress.start(simulated ? "start the CXone simulator" : "connect to the tenant");
        try (CxoneSimulator sim = simulated ? CxoneSimulator.builder().seed(seed)
                .activationDelay(Duration.ofMillis(200)).build().start() : null) {
            CxoneConfig config = sim == null ? Tenant.config(context) : CxoneConfig.fromEnvironment(sim.environment());
            progress.done(sim == null ? config.baseUrl().toString() : "listening at " + sim.baseUrl());
            try (CxoneHttp http = CxoneHttp.create(config);
                 AgentDashboard page = AgentDashboard.start(port);
                 PresenceCache presence = PresenceCache.builder().ignoreFields(Set.of("wrapUpCode")).build()) {
                Map<String, String> rows = new java.util.LinkedHashMap<>();
                rows.put("dashboard", step(progress, "dashboard: create, then update across a concurrent edit",
                        () -> DemoSteps.dashboard(http, sim, dir)));
                FilterDeployment filter = stepValue(progress, "filter: validate, deploy, activate, export",
                        () -> DemoSteps.filter(http, dir), d -> d.filter().name() + " " + d.state().status()
                                + " in " + d.groupId() + ", exported to " + dir.resolve("filters.yaml"));
                rows.put("filter", filter.filter().name() + " " + filter.state().status());
                presence.subscribe(page.presenceListener());
                try (StreamClient presenceStream = StreamClient.builder(config.presenceStreamUrl(),
                        StreamProtocols.presence(sim == null ? null : SIMULATED_AGENTS), TokenProviders.fromConfig(config))
                        .build().start(presence::accept)) {
                    DemoStream.Outcome metrics = stepValue(progress,
                            "events: hourly percentiles across duplicates, a socket drop and a token expiry",
                            () -> DemoStream.run(config, sim, dir, page, Duration.ofMinutes(minutes == null ? 1 : minutes),
                                    metricsTarget),
                            o -> o.events() + " events, " + o.buckets().size() + " buckets to " + o.output());
                    rows.put("agents", step(progress, "agent presence: live page at " + page.url(),
                            () -> agents(presence, sim != null) + " from " + presenceStream.metrics().received()
                                    + " presence updates"));
                    rows.put("schema migration", step(progress,
                            "schema: diff v1/v2, map legacy payloads, validate, ingest and publish as versioned events",
                            () -> DemoSchema.run(http, sim, dir.resolve("schema")).describe()));
                    DemoSummary.print(out, rows, metrics, page.url().toString(),
                            Duration.ofNanos(System.nanoTime() - started));
                    if (serve) {
                        serve(out, sim, page);
                    }
                }
            }
        }
        return 0;
    }

    private static String step(DemoProgress progress, String label, Supplier<String> action) {
        return stepValue(progress, label, action, s -> s);
    }

    private static <T> T stepValue(DemoProgress progress, String label, Supplier<T> action,
                                   java.util.function.Function<T, String> describe) {
        progress.start(label);
        try {
            T value = action.get();
            progress.done(describe.apply(value));
            return value;
        } catch (RuntimeException e) {
            progress.failed(Cli.message(e));
            throw new CliException(CliException.CHECK_FAILED, label + " failed: " + Cli.message(e), e);
        }
    }

    private static String agents(PresenceCache presence, boolean simulated) {
        if (simulated) {
            DemoStream.await(() -> presence.snapshot().size() >= SIMULATED_AGENTS.size(), Duration.ofSeconds(30),
                    "not every agent appeared");
        }
        Map<String, AgentPresence> state = presence.snapshot();
        Map<String, Long> byStatus = state.values().stream().collect(Collectors.groupingBy(
                p -> String.valueOf(p.status()), TreeMap::new, Collectors.counting()));
        return state.size() + " agents " + byStatus;
    }

    private void serve(PrintWriter out, CxoneSimulator sim, AgentDashboard page) throws InterruptedException {
        if (sim != null) {
            sim.workload().start(5); // keeps agents changing on the page
        }
        out.println();
        out.println("Agent dashboard: " + page.url() + "  (Ctrl-C to stop)");
        out.flush();
        CountDownLatch forever = new CountDownLatch(1);
        if (minutes == null || minutes == 0) {
            forever.await();
        } else {
            forever.await(minutes, TimeUnit.MINUTES);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CliException(CliException.BAD_INPUT, "cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

}
