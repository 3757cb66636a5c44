package io.github.cxonesdk.dashboards;

import static io.github.cxonesdk.dashboards.Fixtures.CLOCK;
import static io.github.cxonesdk.dashboards.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DashboardValidatorTest {
    private final DashboardValidator validator = DashboardValidator.create(CLOCK);

    private List<String> paths(Dashboard dashboard) {
        return validator.violations(dashboard).stream().map(Violation::path).toList();
    }

    private static Dashboard withQuery(int index, UnaryOperator<WidgetQuery.Builder> change) {
        return Fixtures.dashboard().updateWidget(index,
                w -> w.toBuilder().query(change.apply(w.query().toBuilder()).build()).build());
    }

    @Test
    void validDashboard_hasNoViolations() {
        assertThat(validator.violations(Fixtures.dashboard())).isEmpty();
    }

    @Test
    void sixteenWidgets_violateWidgetLimit() {
        List<Widget> widgets = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            widgets.add(Fixtures.widget("w" + i, Position.of(0, i, 1, 1)));
        }
        Dashboard dashboard = Fixtures.dashboard().toBuilder().widgets(widgets).build();
        assertThat(validator.violations(dashboard)).extracting(Violation::path).containsExactly("widgets");
        assertThat(validator.violations(dashboard).get(0).message()).contains("15");
    }

    @Test
    void fifteenWidgets_areAllowed() {
        List<Widget> widgets = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            widgets.add(Fixtures.widget("w" + i, Position.of(0, i, 1, 1)));
        }
        assertThat(paths(Fixtures.dashboard().toBuilder().widgets(widgets).build())).isEmpty();
    }

    @Test
    void spanOverThirtyDays_isReportedAtDateRange() {
        Instant end = Fixtures.END;
        Dashboard dashboard = withQuery(1, q -> q.dateRange(DateRange.lasting(Duration.ofDays(30).plusSeconds(1), end)));
        assertThat(paths(dashboard)).containsExactly("widgets[1].query.dateRange");
        assertThat(paths(withQuery(1, q -> q.dateRange(DateRange.lasting(Duration.ofDays(30), end))))).isEmpty();
    }

    @Test
    void spanJustOverThirtyDays_isPrintedExactly_notRounded() {
        Dashboard dashboard = withQuery(1, q -> q.dateRange(DateRange.lasting(Duration.ofDays(30).plusSeconds(1), Fixtures.END)));
        assertThat(validator.violations(dashboard)).extracting(Violation::message)
                .containsExactly("spans 30 days 1 second; at most 30 days (server limit)");
        Dashboard fractional = withQuery(1, q -> q.dateRange(DateRange.lasting(
                Duration.ofDays(31).plusHours(2).plusMinutes(1).plusMillis(500), Fixtures.END)));
        assertThat(validator.violations(fractional)).extracting(Violation::message)
                .containsExactly("spans 31 days 2 hours 1 minute 0.5 seconds; at most 30 days (server limit)");
    }

    @Test
    void span_isEndMinusStart_negativeWhenReversed() {
        assertThat(DateRange.of(Fixtures.START, Fixtures.END).span()).isEqualTo(Duration.ofDays(7));
        assertThat(DateRange.of(Fixtures.END, Fixtures.START).span()).isEqualTo(Duration.ofDays(-7));
    }

    @Test
    void startEqualToEnd_isRejected() {
        Dashboard empty = withQuery(0, q -> q.dateRange(DateRange.of(Fixtures.START, Fixtures.START)));
        assertThat(validator.violations(empty)).extracting(Violation::toString)
                .containsExactly("widgets[0].query.dateRange: start must be before end");
        Dashboard reversed = withQuery(0, q -> q.dateRange(DateRange.of(Fixtures.END, Fixtures.START)));
        assertThat(paths(reversed)).containsExactly("widgets[0].query.dateRange");
    }

    @Test
    void hugePositions_areRejected_withoutIntOverflow() {
        Dashboard farRight = Fixtures.dashboard().toBuilder().widgets(
                Fixtures.widget("far", Position.of(Integer.MAX_VALUE, 0, 1, 1))).build();
        assertThat(paths(farRight)).contains("widgets[0].layout.x").contains("widgets[0].layout");
        assertThat(validator.violations(farRight)).extracting(Violation::message)
                .anyMatch(m -> m.contains("x + w = 2147483648 exceeds 4 columns"));

        Dashboard wide = Fixtures.dashboard().toBuilder().widgets(
                Fixtures.widget("wide", Position.of(1, 0, Integer.MAX_VALUE, 1))).build();
        assertThat(paths(wide)).contains("widgets[0].layout", "widgets[0].layout.w");

        Dashboard deep = Fixtures.dashboard().toBuilder().widgets(
                Fixtures.widget("a", Position.of(0, Integer.MAX_VALUE, 1, 1)),
                Fixtures.widget("b", Position.of(0, Integer.MAX_VALUE, 1, 1))).build();
        assertThat(validator.violations(deep)).extracting(Violation::toString)
                .contains("widgets[1].layout: overlaps widgets[0]")
                .anyMatch(v -> v.startsWith("widgets[0].layout: ends below the grid"));

        Dashboard lastRow = Fixtures.dashboard().toBuilder().widgets(Fixtures.widget("bottom",
                Position.of(0, DashboardLimits.MAX_ROWS - 1, 1, 1))).build();
        assertThat(paths(lastRow)).isEmpty();
        Dashboard tooManyColumns = Fixtures.dashboard().toBuilder().layout(Layout.grid(DashboardLimits.MAX_COLUMNS + 1)).build();
        assertThat(paths(tooManyColumns)).containsExactly("layout.columns");
    }

    @Test
    void overlaps_isExactAtTheEdgesOfInt() {
        Position a = Position.of(0, Integer.MAX_VALUE, 1, 1);
        assertThat(a.overlaps(Position.of(0, Integer.MAX_VALUE, 1, 1))).isTrue();
        assertThat(a.overlaps(Position.of(0, Integer.MAX_VALUE - 1, 1, 1))).isFalse();
        assertThat(Position.of(Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 1)
                .overlaps(Position.of(0, 0, 1, 1))).isFalse();
        assertThat(Position.of(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE)
                .overlaps(Position.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 1, 1, 1))).isTrue();
        assertThat(Position.of(0, 0, 0, 1).overlaps(Position.of(0, 0, 1, 1))).isFalse();
        assertThat(a.right()).isEqualTo(1L);
        assertThat(a.bottom()).isEqualTo(Integer.MAX_VALUE + 1L);
    }

    @Test
    void endMoreThanOneHourAhead_isReportedAtEnd_byInjectedClock() {
        Instant end = NOW.plus(Duration.ofHours(1)).plusSeconds(1);
        Dashboard dashboard = withQuery(0, q -> q.dateRange(DateRange.lasting(Duration.ofDays(1), end)));
        assertThat(paths(dashboard)).containsExactly("widgets[0].query.dateRange.end");
        // The same dashboard is valid for a clock one minute later: the rule follows the injected clock.
        Clock later = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        assertThat(DashboardValidator.create(later).violations(dashboard)).isEmpty();
    }

    @Test
    void sixGroupByDimensions_areReportedAtGroupBy() {
        Dashboard dashboard = withQuery(1, q -> q.groupBy("skill", "hour", "agent", "team", "channel", "queue"));
        assertThat(paths(dashboard)).containsExactly("widgets[1].query.groupBy");
        assertThat(paths(withQuery(1, q -> q.groupBy("skill", "hour", "agent", "team", "channel")))).isEmpty();
    }

    @Test
    void noMetric_isReportedAtMetrics() {
        assertThat(paths(withQuery(0, q -> q.metrics(List.of())))).containsExactly("widgets[0].query.metrics");
    }

    @Test
    void metricWithoutNameOrAggregation_isReportedPerField() {
        Dashboard dashboard = withQuery(0, q -> q.metrics(new MetricSpec(" ", null, null),
                new MetricSpec("x", Aggregation.fromWireValue("MEDIAN"), null)));
        assertThat(paths(dashboard)).containsExactly("widgets[0].query.metrics[0].aggregation",
                "widgets[0].query.metrics[0].name", "widgets[0].query.metrics[1].aggregation");
    }

    @Test
    void widgetOutsideGrid_isReportedAtLayout() {
        Dashboard dashboard = Fixtures.dashboard().updateWidget(1,
                w -> w.toBuilder().layout(Position.of(3, 0, 2, 2)).build());
        assertThat(validator.violations(dashboard)).containsExactly(
                new Violation("widgets[1].layout", "does not fit the grid: x + w = 5 exceeds 4 columns"));
    }

    @Test
    void overlappingWidgets_areReportedOnTheLaterOne() {
        Dashboard dashboard = Fixtures.dashboard().updateWidget(1,
                w -> w.toBuilder().layout(Position.of(1, 1, 2, 2)).build());
        assertThat(validator.violations(dashboard)).containsExactly(
                new Violation("widgets[1].layout", "overlaps widgets[0]"));
    }

    @Test
    void touchingWidgets_doNotOverlap() {
        Dashboard dashboard = Fixtures.dashboard().updateWidget(1,
                w -> w.toBuilder().layout(Position.of(0, 2, 4, 1)).build());
        assertThat(paths(dashboard)).isEmpty();
    }

    @Test
    void nonPositiveRefreshIntervals_areReported() {
        Dashboard dashboard = Fixtures.dashboard().toBuilder().refreshInterval(0).build()
                .updateWidget(1, w -> w.toBuilder().refreshInterval(-5).build());
        assertThat(paths(dashboard)).containsExactly("refreshInterval", "widgets[1].refreshInterval");
    }

    @Test
    void blankNames_areReported() {
        Dashboard dashboard = Fixtures.dashboard().toBuilder().name("  ").build()
                .updateWidget(0, w -> w.toBuilder().title("").build());
        assertThat(paths(dashboard)).containsExactly("name", "widgets[0].title");
    }

    @Test
    void unknownWidgetType_andBadFilterOperands_areReported() {
        Dashboard dashboard = withQuery(0, q -> q.filters(new QueryFilter("in", "skill", List.of()),
                new QueryFilter("between", "timestamp", List.of("2026-05-13T00:00:00Z"))))
                .updateWidget(1, w -> w.toBuilder().type(WidgetType.fromWireValue("heatmap")).build());
        assertThat(paths(dashboard)).containsExactly("widgets[0].query.filters[0].value",
                "widgets[0].query.filters[1].value", "widgets[1].type");
    }

    @Test
    void everyLimitBrokenAtOnce_isReportedTogether_beforeAnyRequest() {
        List<Widget> widgets = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            widgets.add(Fixtures.widget("w" + i, Position.of(0, i, 1, 1)));
        }
        WidgetQuery bad = Fixtures.query().toBuilder()
                .dateRange(DateRange.of(NOW.minus(Duration.ofDays(40)), NOW.plus(Duration.ofHours(2))))
                .groupBy("a", "b", "c", "d", "e", "f")
                .metrics(List.of())
                .build();
        widgets.set(2, widgets.get(2).toBuilder().query(bad).refreshInterval(0).title(" ").build());
        widgets.set(3, widgets.get(3).toBuilder().layout(Position.of(0, 0, 5, 1)).build());
        Dashboard dashboard = Fixtures.dashboard().toBuilder().name("").widgets(widgets).build();

        assertThatThrownBy(() -> validator.validate(dashboard))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("name", "widgets", "widgets[2].query.dateRange",
                                "widgets[2].query.dateRange.end", "widgets[2].query.groupBy",
                                "widgets[2].query.metrics", "widgets[2].refreshInterval", "widgets[2].title",
                                "widgets[3].layout", "widgets[3].layout"))
                .hasMessageContaining("Dashboard is invalid (10 violations)");
    }

    @Test
    void missingParts_areReportedWithoutNullPointerException() {
        Dashboard dashboard = new Dashboard(null, null, null, null, null,
                List.of(new Widget(null, null, null, null, null, null)));
        assertThat(paths(dashboard)).containsExactly("layout", "name", "widgets[0].layout",
                "widgets[0].query", "widgets[0].title", "widgets[0].type");
    }

    @Test
    void queryAlone_isValidatedWithRelativePaths() {
        WidgetQuery query = Fixtures.query().toBuilder().groupBy("a", "b", "c", "d", "e", "f").build();
        assertThat(validator.violations(query)).extracting(Violation::path).containsExactly("groupBy");
    }
}
