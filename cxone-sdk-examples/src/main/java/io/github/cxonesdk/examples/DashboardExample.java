package io.github.cxonesdk.examples;

import com.sun.net.httpserver.HttpServer;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.audit.AuditVerification;
import io.github.cxonesdk.core.audit.JsonlAuditLog;
import io.github.cxonesdk.dashboards.Aggregation;
import io.github.cxonesdk.dashboards.ConfigurationResult;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardConfigurator;
import io.github.cxonesdk.dashboards.DashboardsClient;
import io.github.cxonesdk.dashboards.DateRange;
import io.github.cxonesdk.dashboards.Layout;
import io.github.cxonesdk.dashboards.MetricSpec;
import io.github.cxonesdk.dashboards.Position;
import io.github.cxonesdk.dashboards.Visualization;
import io.github.cxonesdk.dashboards.Widget;
import io.github.cxonesdk.dashboards.WidgetQuery;
import io.github.cxonesdk.dashboards.WidgetType;
import io.github.cxonesdk.dashboards.query.ClientPredicate;
import io.github.cxonesdk.dashboards.query.OptimizedQuery;
import io.github.cxonesdk.dashboards.query.QueryChange;
import io.github.cxonesdk.dashboards.query.QueryDraft;
import io.github.cxonesdk.dashboards.query.QueryOptimizer;
import io.github.cxonesdk.dashboards.query.RawExtraction;
import io.github.cxonesdk.dashboards.webhook.Subscription;
import io.github.cxonesdk.dashboards.webhook.SubscriptionsClient;
import io.github.cxonesdk.dashboards.webhook.WebhookEvent;
import io.github.cxonesdk.dashboards.webhook.WebhookReceiver;
import io.github.cxonesdk.dashboards.webhook.WebhookSignatureException;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Dashboards as code, end to end: builds a real-time dashboard whose widget query the optimizer
 * derives from client-side predicates and a raw extraction, then lets {@link DashboardConfigurator}
 * validate, hash, create it or update it by three-way merge, subscribe a BI webhook and audit
 * the change. A local webhook receiver verifies the signed deliveries.
 *
 * <p>Runs against a real tenant when {@code CXONE_BASE_URL} is set (with the other {@code CXONE_*}
 * variables of {@link CxoneConfig#fromEnvironment()}), otherwise against an embedded
 * {@link CxoneSimulator}, configured the same way through {@link CxoneSimulator#environment()}.
 * Usage: {@code DashboardExample [audit-directory]}; from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -Pquick -pl cxone-sdk-examples -am compile exec:java -Dexec.mainClass=io.github.cxonesdk.examples.DashboardExample
 * }</pre>
 */
public final class DashboardExample {
    private DashboardExample() {
    }

    /**
     * Runs the example; returns normally (exit code 0) on success.
     *
     * @param args optionally the audit directory
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        Path auditDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("cxone-audit");
        run(System.getenv(), auditDir, System.out);
    }

    /**
     * Runs the example with the given environment.
     *
     * @param env the environment, read for {@code CXONE_*} variables
     * @param auditDir where the audit log is written
     * @param out where the summary is printed
     * @return the configuration result
     * @throws Exception if a step fails
     */
    static ConfigurationResult run(Map<String, String> env, Path auditDir, PrintStream out) throws Exception {
        // A real tenant when CXONE_BASE_URL is set, otherwise the embedded simulator: same configuration path.
        try (CxoneSimulator sim = env.get("CXONE_BASE_URL") == null ? CxoneSimulator.builder().build().start() : null) {
            CxoneConfig config = CxoneConfig.fromEnvironment(sim == null ? env : sim.environment());
            out.println("target: " + (sim == null ? config.baseUrl() : "embedded simulator at " + sim.baseUrl()));
            return configure(config, auditDir, out);
        }
    }

    private static ConfigurationResult configure(CxoneConfig config, Path auditDir, PrintStream out) throws Exception {
        Secret hookSecret = Secret.of(UUID.randomUUID().toString());
        WebhookReceiver receiver = WebhookReceiver.create(hookSecret);
        List<WebhookEvent> verified = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        HttpServer hooks = startReceiver(receiver, verified, delivered);
        try (CxoneHttp http = CxoneHttp.create(config);
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(auditDir).build()) {
            URI hookUrl = URI.create("http://127.0.0.1:" + hooks.getAddress().getPort() + "/hooks/cxone");
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http))
                    .subscriptions(SubscriptionsClient.create(http))
                    .subscription(Subscription.dashboardChanges("BI_Sync_Dashboard_Changes", hookUrl), hookSecret)
                    .auditLog(audit)
                    .actor("dashboard-example")
                    .build();

            List<QueryChange> optimizations = new ArrayList<>();
            Dashboard desired = dashboard(out, optimizations);
            // The queries were optimised from drafts above, which a Dashboard cannot carry: hand the
            // changes over so the result, the log and the audit record count them.
            ConfigurationResult created = configurator.configure(desired, optimizations);
            // Changing the code and re-running updates in place: a three-way merge under optimistic
            // locking, so an edit someone made in the UI meanwhile is kept (a clash fails with
            // DashboardMergeConflictException). The subscription created by the first run sees the
            // update and POSTs a signed delivery.
            ConfigurationResult result = configurator.configure(desired.toBuilder().refreshInterval(30).build(),
                    optimizations);
            // Re-running unchanged code writes nothing: the configurator compares content hashes.
            ConfigurationResult again = configurator.configure(desired.toBuilder().refreshInterval(30).build(),
                    optimizations);
            delivered.await(20, TimeUnit.SECONDS);
            AuditVerification verification = audit.verify();

            out.println("dashboard: " + result.dashboard().value().id() + " " + created.action() + ", "
                    + result.action() + ", " + again.action() + " (etag " + result.dashboard().etag() + ")");
            out.println("sha256: " + result.payloadSha256());
            out.println("subscription: " + result.webhookSubscription().map(Subscription::id).orElse("none"));
            out.println("verified webhook deliveries: " + verified.size());
            out.println("audit: " + verification.recordsChecked() + " records, chain "
                    + (verification.valid() ? "valid" : "BROKEN: " + verification.problem()) + " in " + auditDir);
            if (!verification.valid()) {
                throw new IllegalStateException("audit chain does not verify: " + verification.problem());
            }
            return result;
        } finally {
            hooks.stop(0);
        }
    }

    /** Builds the dashboard; the widget queries come from the optimizer, whose changes go to {@code changes}. */
    private static Dashboard dashboard(PrintStream out, List<QueryChange> changes) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        WidgetQuery written = WidgetQuery.builder()
                .dateRange(DateRange.lasting(Duration.ofDays(30), end))
                .groupBy("hour")
                .build();
        // What a hand-written report would do client-side: filter rows, then average handle times.
        OptimizedQuery optimized = QueryOptimizer.create().optimize(new QueryDraft(written,
                List.of(ClientPredicate.in("skill", List.of("sales", "support")),
                        ClientPredicate.after("timestamp", end.minus(Duration.ofDays(7)))),
                List.of(RawExtraction.of("handle_time", RawExtraction.Computation.AVG, "conversation", "skill"))));
        optimized.changes().forEach(change -> out.println("optimizer: " + change));
        optimized.changes().forEach(change -> changes.add(change.prefixed("widgets[0].query.")));
        // The second widget shares the pushed filters and grouping but counts instead of averaging.
        optimized.changes().stream().filter(change -> change.kind() != QueryChange.Kind.RAW_EXTRACTION_AGGREGATED)
                .forEach(change -> changes.add(change.prefixed("widgets[1].query.")));

        Widget performance = Widget.builder()
                .type(WidgetType.METRIC)
                .title("Real-Time Skill Performance")
                .refreshInterval(10)
                .layout(Position.of(0, 0, 2, 2))
                .visualization(Visualization.builder().type("line").yAxisLabel("Seconds").showLegend(true).build())
                .query(optimized.query())
                .build();
        Widget volume = performance.toBuilder()
                .title("Conversations")
                .layout(Position.of(2, 0, 2, 2))
                .query(optimized.query().toBuilder()
                        .metrics(MetricSpec.of("total_conversations", Aggregation.COUNT, "conversation")).build())
                .build();
        return Dashboard.builder()
                .name("Agent Performance Monitor")
                .description("Created by DashboardExample")
                .refreshInterval(15)
                .layout(Layout.grid(4))
                .widgets(performance, volume)
                .build();
    }

    private static HttpServer startReceiver(WebhookReceiver receiver, List<WebhookEvent> verified,
                                            CountDownLatch delivered) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/cxone", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String signature = exchange.getRequestHeaders().getFirst(WebhookReceiver.SIGNATURE_HEADER);
            int status = 204;
            try {
                verified.add(receiver.receive(body, signature));   // verifies, then parses the same bytes
                delivered.countDown();
            } catch (WebhookSignatureException e) {
                status = 401;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
