package io.github.cxonesdk.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DashboardsReadTest {

    private static String wireExample() throws IOException {
        try (InputStream in = DashboardsReadTest.class.getResourceAsStream("dashboard.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode tree() throws IOException {
        return (ObjectNode) CxoneJson.mapper().readTree(wireExample());
    }

    private static List<String> violations(ThrowingCallable read) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read);
        assertThat(thrown).isInstanceOf(ModelValidationException.class);
        return ((ModelValidationException) thrown).violations().stream().map(Violation::toString).toList();
    }

    @Test
    void wireExample_readsFromJsonTextStreamAndYaml_toTheSameDashboard() throws IOException {
        String json = wireExample();
        Dashboard fromText = Dashboards.readJson(json);
        assertThat(fromText).isEqualTo(CxoneJson.mapper().readValue(json, Dashboard.class));
        assertThat(Dashboards.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(fromText);
        String yaml = """
                id: d-1
                name: Agent Performance Monitor
                description: Skill performance in real time
                refreshInterval: 15
                layout: {type: grid, columns: 4}
                widgets:
                  - type: metric
                    title: Real-Time Skill Performance
                    refreshInterval: 10
                    layout: {x: 0, y: 0, w: 2, h: 2}
                    visualization: {type: line, yAxisLabel: Count, showLegend: true}
                    query:
                      dateRange: {start: "2026-05-13T00:00:00Z", end: "2026-05-20T00:00:00Z"}
                      groupBy: [skill, hour]
                      metrics: [{name: total_conversations, aggregation: COUNT, dimension: conversation}]
                      filters:
                        - {condition: in, attribute: skill, value: [sales, support]}
                        - {condition: between, attribute: timestamp, value: ["2026-05-13T00:00:00Z", "2026-05-20T00:00:00Z"]}
                """;
        assertThat(Dashboards.readYaml(yaml)).isEqualTo(fromText);
        assertThat(Dashboards.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(fromText);
    }

    @Test
    void nullElements_andMissingCoordinates_areViolationsWithPaths_allAtOnce() throws IOException {
        ObjectNode doc = tree();
        ObjectNode widget = (ObjectNode) doc.at("/widgets/0");
        ((ObjectNode) widget.get("layout")).remove("x");
        ((ObjectNode) widget.get("layout")).putNull("h");
        ((ArrayNode) widget.at("/query/groupBy")).addNull();
        ((ArrayNode) widget.at("/query/metrics")).insertNull(0);
        ((ArrayNode) doc.get("widgets")).addNull();

        assertThat(violations(() -> Dashboards.readJson(doc.toString()))).containsExactly(
                "widgets[0].layout.h: must not be null",
                "widgets[0].layout.x: is required",
                "widgets[0].query.groupBy[2]: must not be null",
                "widgets[0].query.metrics[0]: must not be null",
                "widgets[1]: must not be null");
    }

    @Test
    void fractionalNumbers_forIntegerFields_areRejected_notTruncated() throws IOException {
        ObjectNode doc = tree();
        ((ObjectNode) doc.at("/widgets/0/layout")).put("x", 1.5);
        doc.put("refreshInterval", 15.0);
        assertThat(violations(() -> Dashboards.readJson(doc.toString()))).containsExactly(
                "refreshInterval: must be an integer, was a fractional number",
                "widgets[0].layout.x: must be an integer, was a fractional number");
        assertThat(violations(() -> Dashboards.readYaml("name: n\nlayout: {type: grid, columns: 4.5}\n")))
                .containsExactly("layout.columns: must be an integer, was a fractional number");
        ((ObjectNode) doc.at("/widgets/0/layout")).put("x", 1L << 40);
        assertThat(violations(() -> Dashboards.readJson(doc.toString())))
                .contains("widgets[0].layout.x: must be an integer between -2147483648 and 2147483647");
    }

    @Test
    void theSharedMapper_rejectsFractionalIntegersToo() {
        // Responses bind through the same mapper: a server's 1.5 must not silently become 1.
        assertThatThrownBy(() -> CxoneJson.mapper().readValue("{\"x\": 1.5, \"y\": 0, \"w\": 1, \"h\": 1}", Position.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void wrongTypes_areViolationsWithPaths() throws IOException {
        ObjectNode doc = tree();
        doc.put("layout", "grid");
        doc.put("widgets", 3);
        assertThat(violations(() -> Dashboards.readJson(doc.toString())))
                .containsExactly("layout: must be an object", "widgets: must be an array");
        ObjectNode other = tree();
        ((ObjectNode) other.at("/widgets/0/query/dateRange")).put("start", "last tuesday");
        ((ObjectNode) other.at("/widgets/0")).put("title", 7);
        ((ObjectNode) other.at("/widgets/0/visualization")).put("showLegend", "yes");
        assertThat(violations(() -> Dashboards.readJson(other.toString()))).containsExactly(
                "widgets[0].query.dateRange.start: must be an ISO-8601 instant such as 2026-05-13T00:00:00Z",
                "widgets[0].title: must be a string",
                "widgets[0].visualization.showLegend: must be true or false");
    }

    @Test
    void textThatIsNotOneObject_isAViolationAtTheRoot() {
        assertThat(violations(() -> Dashboards.readJson("{\"name\": "))).singleElement().asString()
                .startsWith("<root>: is not valid JSON (line 1");
        assertThat(violations(() -> Dashboards.readJson("[]"))).containsExactly("<root>: must be a JSON object");
        assertThat(violations(() -> Dashboards.readJson(""))).containsExactly("<root>: must be a JSON object");
        assertThat(violations(() -> Dashboards.readJson("{\"name\": \"a\"} {\"name\": \"b\"}"))).singleElement()
                .asString().startsWith("<root>: is not valid JSON");
        assertThat(violations(() -> Dashboards.readYaml("- a\n- b\n"))).containsExactly("<root>: must be a YAML object");
        assertThat(violations(() -> Dashboards.readYaml("name: [unclosed\n"))).singleElement().asString()
                .startsWith("<root>: is not valid YAML");
    }

    @Test
    @Timeout(60) // hang guard only
    void hostileDocument_isReportedBoundedly() {
        StringBuilder json = new StringBuilder("{\"name\": \"n\", \"widgets\": [");
        for (int i = 0; i < 200_000; i++) {
            json.append(i == 0 ? "" : ",").append("null");
        }
        json.append("]}");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Dashboards.readJson(json.toString()));
        assertThat(thrown).isInstanceOf(ModelValidationException.class);
        assertThat(((ModelValidationException) thrown).violations()).hasSize(100);
        assertThat(thrown.getMessage().length()).isLessThan(10_000);
    }
}
