package io.github.cxonesdk.testkit.wiremock;

import io.github.cxonesdk.dashboards.Aggregation;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DateRange;
import io.github.cxonesdk.dashboards.Layout;
import io.github.cxonesdk.dashboards.MetricSpec;
import io.github.cxonesdk.dashboards.Position;
import io.github.cxonesdk.dashboards.QueryFilter;
import io.github.cxonesdk.dashboards.Visualization;
import io.github.cxonesdk.dashboards.Widget;
import io.github.cxonesdk.dashboards.WidgetQuery;
import io.github.cxonesdk.dashboards.WidgetType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Valid requests of API.md for the contract suite (valid at the real "now", for the simulator's limits). */
final class ContractFixtures {
    private ContractFixtures() {
    }

    static Dashboard dashboard(String name) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        WidgetQuery query = WidgetQuery.builder()
                .dateRange(DateRange.lasting(Duration.ofDays(7), end))
                .groupBy("skill", "hour")
                .metrics(MetricSpec.of("total_conversations", Aggregation.COUNT, "conversation"))
                .filters(QueryFilter.in("skill", List.of("sales", "support")))
                .build();
        Widget widget = Widget.builder()
                .type(WidgetType.METRIC)
                .title("Real-Time Skill Performance")
                .refreshInterval(10)
                .layout(Position.of(0, 0, 2, 2))
                .visualization(Visualization.builder().type("line").yAxisLabel("Count").showLegend(true).build())
                .query(query)
                .build();
        return Dashboard.builder()
                .name(name)
                .description("Skill performance in real time")
                .refreshInterval(15)
                .layout(Layout.grid(4))
                .widgets(widget)
                .build();
    }

    /** The API.md filter, as raw JSON (snake_case), named {@code name}. */
    static Map<String, Object> filter(String name) {
        return Map.of(
                "name", name,
                "description", "Platinum customers on long voice calls",
                "channel", "voice",
                "matchers", List.of(
                        Map.of("attribute", "customer.tier", "operator", "equals", "value", "platinum"),
                        Map.of("attribute", "interaction.duration_seconds", "operator", "greater_than", "value", 300)),
                "pattern_rules", List.of(Map.of("type", "regex", "field", "agent.skill_id", "pattern", "^skill_premium_.*$")),
                "target_group_id", "grp_downstream_processor_01");
    }

    /** One interaction.completed event of API.md. */
    static Map<String, Object> event() {
        return Map.of("eventId", "e-123", "type", "interaction.completed", "timestamp", "2026-05-20T14:03:11Z",
                "channel", "voice",
                "payload", Map.of("interactionId", "i-1", "campaignId", "camp_xyz", "handleTime", 245.0,
                        "waitTime", 31.5, "skillId", "skill_premium_sales", "agentId", "u1"));
    }
}
