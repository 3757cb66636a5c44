package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DashboardsConversationTest {
    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");

    @RegisterExtension
    static CxoneSimulatorExtension extension = CxoneSimulatorExtension.configured(
            b -> b.clock(Clock.fixed(NOW, ZoneOffset.UTC)));

    private RawClient client;

    @BeforeEach
    void authenticate(CxoneSimulator sim) {
        client = new RawClient(sim).authenticate();
    }

    static ObjectNode dashboard(String name) {
        ObjectNode body = RawClient.JSON.createObjectNode();
        body.put("name", name);
        body.put("refreshInterval", 15);
        body.putObject("layout").put("type", "grid").put("columns", 4);
        ArrayNode widgets = body.putArray("widgets");
        widgets.add(widget("2026-05-13T00:00:00Z", "2026-05-20T00:00:00Z"));
        return body;
    }

    static ObjectNode widget(String start, String end) {
        ObjectNode widget = RawClient.JSON.createObjectNode();
        widget.put("type", "metric").put("title", "Real-Time Skill Performance");
        ObjectNode query = widget.putObject("query");
        query.putObject("dateRange").put("start", start).put("end", end);
        query.putArray("groupBy").add("skill").add("hour");
        query.putArray("metrics").addObject().put("name", "total_conversations").put("aggregation", "COUNT");
        return widget;
    }

    @Test
    void crud_withEtags() {
        HttpResponse<String> created = client.post("/api/v2/dashboards", dashboard("Agent Performance Monitor").toString());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = RawClient.json(created).get("id").stringValue();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v2/dashboards/" + id);

        HttpResponse<String> read = client.get("/api/v2/dashboards/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).contains(etag);
        assertThat(RawClient.json(read).get("name").stringValue()).isEqualTo("Agent Performance Monitor");

        ObjectNode changed = dashboard("Renamed");
        HttpResponse<String> updated = client.put("/api/v2/dashboards/" + id, changed.toString(), etag);
        assertThat(updated.statusCode()).isEqualTo(200);
        String newEtag = updated.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);

        HttpResponse<String> stale = client.put("/api/v2/dashboards/" + id, changed.toString(), etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        HttpResponse<String> unconditional = client.put("/api/v2/dashboards/" + id, changed.toString(), null);
        assertThat(unconditional.statusCode()).isEqualTo(428);

        assertThat(client.delete("/api/v2/dashboards/" + id).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = client.get("/api/v2/dashboards/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(RawClient.json(gone).get("error").stringValue()).isEqualTo("not_found");
    }

    @Test
    void list_pagesThroughEveryDashboardOnce() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            ids.add(RawClient.json(client.post("/api/v2/dashboards", dashboard("d" + i).toString())).get("id").stringValue());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = client.get("/api/v2/dashboards?page_size=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode body = RawClient.json(page);
            body.get("items").forEach(item -> seen.add(item.get("id").stringValue()));
            cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").stringValue();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(client.get("/api/v2/dashboards?cursor=%21%21").statusCode()).isEqualTo(400);
    }

    @Test
    void limits_answer400NamingTheBrokenLimit() {
        ObjectNode tooMany = dashboard("many");
        ArrayNode widgets = (ArrayNode) tooMany.get("widgets");
        for (int i = 0; i < 15; i++) {
            widgets.add(widget("2026-05-13T00:00:00Z", "2026-05-20T00:00:00Z"));
        }
        assertComplexity(tooMany, "widgets");

        ObjectNode longSpan = dashboard("span");
        longSpan.set("widgets", RawClient.JSON.createArrayNode().add(widget("2026-04-01T00:00:00Z", "2026-05-20T00:00:00Z")));
        assertComplexity(longSpan, "widgets[0].query.dateRange");

        ObjectNode future = dashboard("future");
        future.set("widgets", RawClient.JSON.createArrayNode().add(widget("2026-05-19T00:00:00Z", "2026-05-20T13:30:00Z")));
        assertComplexity(future, "widgets[0].query.dateRange.end");

        ObjectNode groupBy = dashboard("groupBy");
        ((ArrayNode) groupBy.at("/widgets/0/query/groupBy")).add("a").add("b").add("c").add("d");
        assertComplexity(groupBy, "widgets[0].query.groupBy");

        ObjectNode badAggregation = dashboard("aggregation");
        ((ObjectNode) badAggregation.at("/widgets/0/query/metrics/0")).put("aggregation", "MEDIAN");
        assertComplexity(badAggregation, "widgets[0].query.metrics[0].aggregation");

        ObjectNode noMetric = dashboard("metric");
        ((ObjectNode) noMetric.at("/widgets/0/query")).putArray("metrics");
        assertComplexity(noMetric, "widgets[0].query.metrics");

        ObjectNode withinLimits = dashboard("ok");
        withinLimits.set("widgets", RawClient.JSON.createArrayNode().add(widget("2026-04-20T12:59:00Z", "2026-05-20T12:59:00Z")));
        assertThat(client.post("/api/v2/dashboards", withinLimits.toString()).statusCode()).isEqualTo(201);
    }

    @Test
    void dateRange_startEqualToEnd_is400() {
        ObjectNode empty = dashboard("empty range");
        empty.set("widgets", RawClient.JSON.createArrayNode().add(widget("2026-05-13T00:00:00Z", "2026-05-13T00:00:00Z")));
        HttpResponse<String> response = client.post("/api/v2/dashboards", empty.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(RawClient.json(response).get("message").stringValue())
                .isEqualTo("widgets[0].query.dateRange: start must be before end");

        ObjectNode reversed = dashboard("reversed range");
        reversed.set("widgets", RawClient.JSON.createArrayNode().add(widget("2026-05-14T00:00:00Z", "2026-05-13T00:00:00Z")));
        assertThat(client.post("/api/v2/dashboards", reversed.toString()).statusCode()).isEqualTo(400);
    }

    private void assertComplexity(ObjectNode body, String field) {
        HttpResponse<String> response = client.post("/api/v2/dashboards", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = RawClient.json(response);
        assertThat(error.get("error").stringValue()).isEqualTo("query_complexity_exceeded");
        assertThat(error.get("message").stringValue()).startsWith(field + ":");
    }

    @Test
    void concurrentEdit_makesTheNextPutStaleOnce(CxoneSimulator sim) {
        HttpResponse<String> created = client.post("/api/v2/dashboards", dashboard("contended").toString());
        String id = RawClient.json(created).get("id").stringValue();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        sim.faults().concurrentEdit(true);
        HttpResponse<String> first = client.put("/api/v2/dashboards/" + id, dashboard("mine").toString(), etag);
        assertThat(first.statusCode()).isEqualTo(412);

        HttpResponse<String> reread = client.get("/api/v2/dashboards/" + id);
        assertThat(RawClient.json(reread).get("description").stringValue()).contains("concurrently");
        String fresh = reread.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> second = client.put("/api/v2/dashboards/" + id, dashboard("mine").toString(), fresh);
        assertThat(second.statusCode()).isEqualTo(200);
    }

    @Test
    void invalidBodies_are400() {
        assertThat(client.post("/api/v2/dashboards", "not json").statusCode()).isEqualTo(400);
        assertThat(client.post("/api/v2/dashboards", "{\"description\":\"no name\"}").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/v2/dashboards?page_size=0").statusCode()).isEqualTo(400);
    }
}
