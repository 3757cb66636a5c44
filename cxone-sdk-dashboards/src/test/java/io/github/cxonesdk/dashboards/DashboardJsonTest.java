package io.github.cxonesdk.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DashboardJsonTest {

    private static String wireExample() throws IOException {
        try (InputStream in = DashboardJsonTest.class.getResourceAsStream("dashboard.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wireExample_readsIntoRecords_andWritesBackUnchanged() throws IOException {
        String json = wireExample();
        Dashboard dashboard = CxoneJson.mapper().readValue(json, Dashboard.class);

        assertThat(dashboard.id()).isEqualTo("d-1");
        assertThat(dashboard.layout()).isEqualTo(Layout.grid(4));
        Widget widget = dashboard.widgets().get(0);
        assertThat(widget.type()).isEqualTo(WidgetType.METRIC);
        assertThat(widget.layout()).isEqualTo(Position.of(0, 0, 2, 2));
        assertThat(widget.query().metrics()).containsExactly(
                MetricSpec.of("total_conversations", Aggregation.COUNT, "conversation"));
        assertThat(widget.query().filters().get(0)).isEqualTo(QueryFilter.in("skill", List.of("sales", "support")));
        assertThat(widget.query().dateRange()).isEqualTo(DateRange.of(Fixtures.START, Fixtures.END));

        JsonNode written = CxoneJson.mapper().valueToTree(dashboard);
        assertThat(written).isEqualTo(CxoneJson.mapper().readTree(json));
    }

    @Test
    void builtDashboard_roundTripsToAnEqualRecord() {
        Dashboard dashboard = Fixtures.dashboard().toBuilder().id("d-2").build();
        String json = CxoneJson.mapper().writeValueAsString(dashboard);
        assertThat(CxoneJson.mapper().readValue(json, Dashboard.class)).isEqualTo(dashboard);
        assertThat(DashboardValidator.create(Fixtures.CLOCK).violations(dashboard)).isEmpty();
    }

    @Test
    void json_usesCamelCase_andOmitsNulls() {
        JsonNode tree = CxoneJson.mapper().valueToTree(Fixtures.dashboard());
        assertThat(tree.has("id")).isFalse();
        assertThat(tree.get("refreshInterval").asInt()).isEqualTo(15);
        JsonNode widget = tree.get("widgets").get(0);
        assertThat(widget.get("visualization").get("yAxisLabel").asString()).isEqualTo("Count");
        assertThat(widget.get("query").get("dateRange").get("start").asString()).isEqualTo("2026-05-13T00:00:00Z");
        assertThat(widget.get("query").get("filters").get(1).get("value").get(0).asString())
                .isEqualTo("2026-05-13T00:00:00Z");
    }

    @Test
    void unknownEnumValuesAndFields_fromTheServer_doNotBreakReading() {
        String json = """
                {"name": "n", "layout": {"type": "grid", "columns": 2, "gap": 8}, "newField": 1,
                 "widgets": [{"type": "heatmap", "title": "t", "layout": {"x": 0, "y": 0, "w": 1, "h": 1},
                   "query": {"dateRange": {"start": "2026-05-13T00:00:00Z", "end": "2026-05-14T00:00:00Z"},
                     "metrics": [{"name": "m", "aggregation": "P99"}]}}]}
                """;
        Dashboard dashboard = CxoneJson.mapper().readValue(json, Dashboard.class);
        Widget widget = dashboard.widgets().get(0);
        assertThat(widget.type()).isEqualTo(WidgetType.UNKNOWN);
        assertThat(widget.query().metrics().get(0).aggregation()).isEqualTo(Aggregation.UNKNOWN);
        assertThat(widget.query().groupBy()).isEmpty();
        assertThat(widget.query().filters()).isEmpty();
        // ...and the validator refuses to send values it could not write back faithfully.
        assertThat(DashboardValidator.create(Fixtures.CLOCK).violations(dashboard))
                .extracting(v -> v.path())
                .containsExactly("widgets[0].query.metrics[0].aggregation", "widgets[0].type");
    }

    @Test
    void enumValues_matchTheWireValueExactly_elseUnknown() {
        assertThat(Aggregation.fromWireValue("AVG")).isEqualTo(Aggregation.AVG);
        assertThat(Aggregation.fromWireValue("avg")).isEqualTo(Aggregation.UNKNOWN);
        assertThat(Aggregation.fromWireValue(null)).isEqualTo(Aggregation.UNKNOWN);
        assertThat(WidgetType.fromWireValue("kpi")).isEqualTo(WidgetType.KPI);
        assertThat(WidgetType.fromWireValue("KPI")).isEqualTo(WidgetType.UNKNOWN);
        assertThat(WidgetType.fromWireValue(" kpi")).isEqualTo(WidgetType.UNKNOWN);
        for (Aggregation a : Aggregation.values()) {
            assertThat(Aggregation.fromWireValue(a.wireValue())).isEqualTo(a);
        }
        for (WidgetType t : WidgetType.values()) {
            assertThat(WidgetType.fromWireValue(t.wireValue())).isEqualTo(t);
        }
    }

    @Test
    void queryFilterValue_isImmutable() {
        List<Object> values = new java.util.ArrayList<>(List.of("a"));
        QueryFilter filter = new QueryFilter("in", "skill", values);
        values.add("b");
        assertThat(filter.values()).containsExactly("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> filter.values().add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
