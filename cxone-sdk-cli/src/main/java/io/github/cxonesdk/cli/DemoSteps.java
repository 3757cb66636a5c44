package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.CxoneHttp;
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
import io.github.cxonesdk.eventbridge.AttributeMatcher;
import io.github.cxonesdk.eventbridge.Channel;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.FilterDeployment;
import io.github.cxonesdk.eventbridge.FilterManager;
import io.github.cxonesdk.eventbridge.FiltersClient;
import io.github.cxonesdk.eventbridge.Operator;
import io.github.cxonesdk.eventbridge.PatternRule;
import io.github.cxonesdk.eventbridge.PatternType;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The demo's REST steps: a dashboard configured across a concurrent edit, and a filter deployed. */
final class DemoSteps {
    private DemoSteps() {
    }

    /**
     * Creates the dashboard, then updates it while someone else edits it (the simulator arms one
     * server-side edit before the PUT): the configurator's three-way merge keeps both changes.
     */
    static String dashboard(CxoneHttp http, CxoneSimulator sim, Path dir) {
        try (JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir.resolve("audit")).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http)).auditLog(audit).actor("cxone-demo").build();
            Dashboard desired = desiredDashboard();
            ConfigurationResult created = configurator.configure(desired);
            if (sim != null) {
                sim.faults().concurrentEdit(true); // the next PUT finds the dashboard edited meanwhile
            }
            ConfigurationResult updated = configurator.configure(desired.toBuilder().refreshInterval(30).build());
            Dashboard stored = updated.dashboard().value();
            boolean theirsKept = !desired.description().equals(stored.description());
            return stored.id() + " " + created.action() + ", then " + updated.action()
                    + (theirsKept ? " with the concurrent edit merged (refreshInterval " + stored.refreshInterval()
                    + ", their description kept)" : "");
        }
    }

    private static Dashboard desiredDashboard() {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        WidgetQuery volume = WidgetQuery.builder().dateRange(DateRange.lasting(Duration.ofDays(7), end))
                .groupBy("skill", "hour")
                .metrics(MetricSpec.of("total_conversations", Aggregation.COUNT, "conversation")).build();
        Widget conversations = Widget.builder().type(WidgetType.METRIC).title("Conversations").refreshInterval(10)
                .layout(Position.of(0, 0, 2, 2))
                .visualization(Visualization.builder().type("line").yAxisLabel("Count").showLegend(true).build())
                .query(volume).build();
        Widget handle = conversations.toBuilder().title("Average handle time").layout(Position.of(2, 0, 2, 2))
                .query(volume.toBuilder().metrics(MetricSpec.of("handle_time", Aggregation.AVG, "conversation")).build())
                .build();
        return Dashboard.builder().name("Agent Performance Monitor (cxone demo)")
                .description("Created by cxone demo").refreshInterval(15).layout(Layout.grid(4))
                .widgets(conversations, handle).build();
    }

    /** Validates, deploys, activates and exports a filter; the YAML goes to {@code filters.yaml}. */
    static FilterDeployment filter(CxoneHttp http, Path dir) {
        FilterManager manager = FilterManager.builder().client(FiltersClient.create(http))
                .activationTimeout(Duration.ofMinutes(1)).build();
        FilterDeployment deployment = manager.deploy(FilterDefinition.builder()
                .name("cxone_demo_platinum_voice")
                .description("Platinum voice customers to the premium desk (cxone demo)")
                .channel(Channel.VOICE)
                .matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, "platinum"))
                .patternRule(PatternRule.of(PatternType.REGEX, "payload.skillId", "^skill_premium_.*$"))
                .targetGroupId("grp_cxone_demo")
                .build());
        try {
            Files.writeString(dir.resolve("filters.yaml"), deployment.yaml());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("filters.yaml"), e);
        }
        return deployment;
    }
}
