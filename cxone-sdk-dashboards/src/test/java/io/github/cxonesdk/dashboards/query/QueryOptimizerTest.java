package io.github.cxonesdk.dashboards.query;

import static io.github.cxonesdk.dashboards.Fixtures.END;
import static io.github.cxonesdk.dashboards.Fixtures.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.dashboards.Aggregation;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardValidator;
import io.github.cxonesdk.dashboards.DateRange;
import io.github.cxonesdk.dashboards.Fixtures;
import io.github.cxonesdk.dashboards.MetricSpec;
import io.github.cxonesdk.dashboards.QueryFilter;
import io.github.cxonesdk.dashboards.WidgetQuery;
import io.github.cxonesdk.dashboards.query.QueryChange.Kind;
import io.github.cxonesdk.dashboards.query.RawExtraction.Computation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryOptimizerTest {
    private final QueryOptimizer optimizer = QueryOptimizer.create();

    private static WidgetQuery bare() {
        return WidgetQuery.builder().dateRange(DateRange.of(START, END))
                .metrics(MetricSpec.of("total_conversations", Aggregation.COUNT)).build();
    }

    @Test
    void skillPredicates_becomeOneServerInFilter() {
        OptimizedQuery result = optimizer.optimize(new QueryDraft(bare(),
                List.of(ClientPredicate.in("skill", List.of("sales", "support"))), List.of()));

        assertThat(result.query().filters()).containsExactly(QueryFilter.in("skill", List.of("sales", "support")));
        assertThat(result.changes()).extracting(QueryChange::kind).containsExactly(Kind.PREDICATE_PUSHED);
        assertThat(result.changes().get(0).reason()).contains("predicates[0]").contains("skill");
        assertThat(result.fullyPushedDown()).isTrue();
    }

    @Test
    void timePredicate_becomesBetweenFilter_andNarrowsTheDateRange() {
        Instant from = START.plus(Duration.ofDays(5));
        OptimizedQuery result = optimizer.optimize(new QueryDraft(bare(),
                List.of(ClientPredicate.after("timestamp", from)), List.of()));

        assertThat(result.query().filters()).containsExactly(QueryFilter.between("timestamp", from, END));
        assertThat(result.query().dateRange()).isEqualTo(DateRange.of(from, END));
        assertThat(result.changes()).extracting(QueryChange::kind)
                .containsExactly(Kind.PREDICATE_PUSHED, Kind.DATE_RANGE_NARROWED);
    }

    @Test
    void narrowing_canBringAnOverlongQueryWithinTheSpanLimit() {
        WidgetQuery sixtyDays = bare().toBuilder().dateRange(DateRange.lasting(Duration.ofDays(60), END)).build();
        OptimizedQuery result = optimizer.optimize(new QueryDraft(sixtyDays,
                List.of(ClientPredicate.between("timestamp", START, END)), List.of()));
        assertThat(result.query().dateRange()).isEqualTo(DateRange.of(START, END));
        assertThat(DashboardValidator.create(Fixtures.CLOCK).violations(result.query())).isEmpty();
    }

    @Test
    void predicatesTheServerCannotEvaluate_stayResidual() {
        ClientPredicate notSales = ClientPredicate.notEqualTo("skill", "sales");
        ClientPredicate numericRange = new ClientPredicate("handle_time", ClientPredicate.Operator.BETWEEN, List.of(1, 5));
        OptimizedQuery result = optimizer.optimize(new QueryDraft(bare(), List.of(notSales, numericRange), List.of()));

        assertThat(result.query()).isEqualTo(bare());
        assertThat(result.changes()).isEmpty();
        assertThat(result.residualPredicates()).containsExactly(notSales, numericRange);
        assertThat(result.fullyPushedDown()).isFalse();
    }

    @Test
    void duplicateFilters_areRemoved_andFiltersOnOneAttributeMerged() {
        WidgetQuery query = bare().toBuilder().filters(
                QueryFilter.in("skill", List.of("sales", "support", "billing")),
                QueryFilter.in("skill", List.of("sales", "support", "billing")),
                QueryFilter.in("skill", List.of("support", "sales")),
                QueryFilter.between("timestamp", START, END),
                QueryFilter.between("timestamp", START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(3)))).build();
        OptimizedQuery result = optimizer.optimize(query);

        assertThat(result.query().filters()).containsExactly(
                QueryFilter.in("skill", List.of("sales", "support")),
                QueryFilter.between("timestamp", START.plus(Duration.ofDays(1)), END));
        assertThat(result.changes()).extracting(QueryChange::kind).containsExactly(
                Kind.DUPLICATE_FILTER_REMOVED, Kind.FILTERS_MERGED, Kind.FILTERS_MERGED, Kind.DATE_RANGE_NARROWED);
    }

    @Test
    void filtersThatSelectNothingTogether_areKeptApart_soTheOptimisedQueryStaysValid() {
        Instant mid = START.plus(Duration.ofDays(3));
        WidgetQuery query = bare().toBuilder().filters(
                QueryFilter.in("skill", List.of("sales")),
                QueryFilter.in("skill", List.of("support")),
                QueryFilter.between("timestamp", START, mid),
                QueryFilter.between("timestamp", mid.plus(Duration.ofDays(1)), END)).build();
        OptimizedQuery result = optimizer.optimize(query);

        // Merging would give an empty 'in' list and a 'between' whose start is after its end: both
        // rejected or meaningless. Unmerged, the query still selects exactly what was written (nothing).
        assertThat(DashboardValidator.create(Fixtures.CLOCK).violations(result.query())).isEmpty();
        assertThat(result.query().filters()).containsExactlyElementsOf(query.filters());
        assertThat(result.changes()).extracting(QueryChange::kind).doesNotContain(Kind.FILTERS_MERGED);
    }

    @Test
    void pushedPredicate_mergesWithAnExistingFilter() {
        WidgetQuery query = bare().toBuilder().filters(QueryFilter.in("skill", List.of("sales", "support"))).build();
        OptimizedQuery result = optimizer.optimize(new QueryDraft(query,
                List.of(ClientPredicate.equalTo("skill", "sales")), List.of()));
        assertThat(result.query().filters()).containsExactly(QueryFilter.in("skill", List.of("sales")));
        assertThat(result.changes()).extracting(QueryChange::kind)
                .containsExactly(Kind.PREDICATE_PUSHED, Kind.FILTERS_MERGED);
    }

    @Test
    void rawExtractions_becomeServerAggregations_withTheirGrouping() {
        WidgetQuery noMetrics = bare().toBuilder().metrics(List.of()).build();
        RawExtraction avgHandle = RawExtraction.of("handle_time", Computation.AVG, "conversation", "skill");
        RawExtraction median = RawExtraction.of("wait_time", Computation.MEDIAN, "conversation");
        OptimizedQuery result = optimizer.optimize(new QueryDraft(noMetrics, List.of(), List.of(avgHandle, median)));

        assertThat(result.query().metrics()).containsExactly(MetricSpec.of("handle_time", Aggregation.AVG, "conversation"));
        assertThat(result.query().groupBy()).containsExactly("skill");
        assertThat(result.residualExtractions()).containsExactly(median);
        assertThat(result.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.RAW_EXTRACTION_AGGREGATED);
            assertThat(change.reason()).contains("AVG(handle_time)").contains("instead of every row");
        });
    }

    @Test
    void rawExtractionOfAnExistingMetric_addsNoDuplicate() {
        OptimizedQuery result = optimizer.optimize(new QueryDraft(bare(), List.of(),
                List.of(RawExtraction.of("total_conversations", Computation.COUNT, null))));
        assertThat(result.query().metrics()).containsExactly(MetricSpec.of("total_conversations", Aggregation.COUNT));
        assertThat(result.changes().get(0).reason()).contains("already");
    }

    @Test
    void groupBy_isDeduplicated_thenPinnedDimensionsDropped_thenTrimmedToTheLimit() {
        WidgetQuery query = bare().toBuilder()
                .groupBy("hour", "hour", "skill", "agent", "team", "channel", "queue", "campaign")
                .filters(QueryFilter.in("channel", List.of("voice")))
                .build();
        OptimizedQuery result = optimizer.optimize(query);

        assertThat(result.query().groupBy()).containsExactly("hour", "skill", "agent", "team", "queue");
        assertThat(result.changes()).extracting(QueryChange::kind).containsExactly(
                Kind.GROUP_BY_DEDUPLICATED, Kind.GROUP_BY_PINNED_DROPPED, Kind.GROUP_BY_TRIMMED);
        assertThat(result.changes().get(2).reason()).contains("[campaign]");
    }

    @Test
    void pinnedDimensions_areKeptWhenWithinTheLimit() {
        WidgetQuery query = bare().toBuilder().groupBy("channel", "hour")
                .filters(QueryFilter.in("channel", List.of("voice"))).build();
        assertThat(optimizer.optimize(query).query().groupBy()).containsExactly("channel", "hour");
    }

    @Test
    void optimalQuery_isReturnedUnchanged() {
        OptimizedQuery result = optimizer.optimize(Fixtures.query());
        assertThat(result.query()).isEqualTo(Fixtures.query());
        assertThat(result.changes()).isEmpty();
    }

    @Test
    void wholeDashboard_isOptimised_withWidgetPaths() {
        Dashboard dashboard = Fixtures.dashboard().updateWidget(1, w -> w.toBuilder()
                .query(w.query().toBuilder().groupBy("skill", "skill", "hour").build()).build());
        List<QueryChange> changes = new ArrayList<>();
        Dashboard optimised = optimizer.optimize(dashboard, changes);

        assertThat(optimised.widgets().get(1).query().groupBy()).containsExactly("skill", "hour");
        assertThat(optimised.widgets().get(0)).isEqualTo(dashboard.widgets().get(0));
        assertThat(changes).extracting(QueryChange::path).containsExactly("widgets[1].query.groupBy");
    }

    @Test
    void customTimeAttribute_isHonoured() {
        Instant until = END.minus(Duration.ofDays(1));
        OptimizedQuery result = QueryOptimizer.create("completedAt").optimize(new QueryDraft(bare(),
                List.of(ClientPredicate.before("completedAt", until), ClientPredicate.before("timestamp", until)),
                List.of()));
        assertThat(result.query().filters()).containsExactly(QueryFilter.between("completedAt", START, until));
        assertThat(result.residualPredicates()).extracting(ClientPredicate::attribute).containsExactly("timestamp");
    }

    @Test
    void computations_mapToServerAggregations_exceptTheClientOnlyOnes() {
        assertThat(RawExtraction.Computation.AVG.serverAggregation()).contains(io.github.cxonesdk.dashboards.Aggregation.AVG);
        assertThat(RawExtraction.Computation.MEDIAN.serverAggregation()).isEmpty();
        assertThat(RawExtraction.Computation.DISTINCT_COUNT.serverAggregation()).isEmpty();
    }
}
