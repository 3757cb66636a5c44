package io.github.cxonesdk.dashboards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Valid models for tests, around a fixed "now" (and one valid at the real now, for the simulator). */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-05-20T00:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Instant START = Instant.parse("2026-05-13T00:00:00Z");
    public static final Instant END = Instant.parse("2026-05-20T00:00:00Z");

    private Fixtures() {
    }

    public static WidgetQuery query() {
        return WidgetQuery.builder()
                .dateRange(DateRange.of(START, END))
                .groupBy("skill", "hour")
                .metrics(MetricSpec.of("total_conversations", Aggregation.COUNT, "conversation"))
                .filters(QueryFilter.in("skill", List.of("sales", "support")),
                        QueryFilter.between("timestamp", START, END))
                .build();
    }

    public static Widget widget(String title, Position position) {
        return Widget.builder()
                .type(WidgetType.METRIC)
                .title(title)
                .refreshInterval(10)
                .layout(position)
                .visualization(Visualization.builder().type("line").yAxisLabel("Count").showLegend(true).build())
                .query(query())
                .build();
    }

    public static Dashboard dashboard() {
        return Dashboard.builder()
                .name("Agent Performance Monitor")
                .description("Skill performance in real time")
                .refreshInterval(15)
                .layout(Layout.grid(4))
                .widgets(widget("Real-Time Skill Performance", Position.of(0, 0, 2, 2)),
                        widget("Queue Depth", Position.of(2, 0, 2, 2)))
                .build();
    }

    /** A dashboard named {@code name} that is valid now, for the simulator's real clock. */
    public static Dashboard currentDashboard(String name) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Dashboard fixture = dashboard();
        List<Widget> widgets = fixture.widgets().stream().map(w -> w.toBuilder().query(w.query().toBuilder()
                .dateRange(DateRange.lasting(Duration.ofDays(7), end))
                .filters(QueryFilter.in("skill", List.of("sales", "support")))
                .build()).build()).toList();
        return fixture.toBuilder().name(name).widgets(widgets).build();
    }
}
