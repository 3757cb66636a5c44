package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class FiltersConversationTest {
    private static final String FILTERS = "/api/v2/event-processing/filters";

    @RegisterExtension
    static CxoneSimulatorExtension extension = CxoneSimulatorExtension.configured(
            b -> b.activationDelay(Duration.ofMillis(200)));

    private RawClient client;

    @BeforeEach
    void authenticate(CxoneSimulator sim) {
        client = new RawClient(sim).authenticate();
    }

    static String filter(String name, String operator) {
        return "{\"name\":\"" + name + "\",\"description\":\"d\",\"channel\":\"voice\",\"matchers\":["
                + "{\"attribute\":\"payload.customer.tier\",\"operator\":\"equals\",\"value\":\"platinum\"},"
                + "{\"attribute\":\"payload.handleTime\",\"operator\":\"" + operator + "\",\"value\":300}],"
                + "\"pattern_rules\":[{\"type\":\"regex\",\"field\":\"payload.skillId\",\"pattern\":\"^skill_premium_.*$\"}],"
                + "\"target_group_id\":\"grp_downstream_processor_01\"}";
    }

    private String status(String id) {
        return RawClient.json(client.get(FILTERS + "/" + id + "/status")).get("status").stringValue();
    }

    @Test
    void validate_namesTheBadField() {
        assertThat(client.post(FILTERS + "/validate", filter("ok", "greater_than")).statusCode()).isEqualTo(200);
        assertInvalid(filter("bad", "approx"), "matchers[1].operator: unknown operator 'approx'");
        assertInvalid(filter("bad", "greater_than").replace("\"voice\"", "\"fax\""), "channel:");
        assertInvalid(filter("bad", "greater_than").replace("^skill_premium_.*$", "([a-z"), "pattern_rules[0].pattern:");
        assertInvalid(filter("bad", "greater_than").replace("\"regex\",\"field\":\"payload.skillId\",\"pattern\":\"^skill_premium_.*$\"",
                "\"cidr\",\"field\":\"payload.customer.ip\",\"pattern\":\"10.0.0.0/33\""), "pattern_rules[0].pattern:");
        assertInvalid(filter("bad", "greater_than").replace("300", "\"lots\""), "matchers[1].value:");
    }

    @Test
    void validate_inTakesANonEmptyListOfScalars() {
        String in = filter("in", "greater_than").replace("\"operator\":\"equals\",\"value\":\"platinum\"",
                "\"operator\":\"in\",\"value\":LIST");
        assertThat(client.post(FILTERS + "/validate", in.replace("LIST", "[\"gold\",300,true]")).statusCode())
                .isEqualTo(200);
        assertInvalid(in.replace("LIST", "\"gold\""), "matchers[0].value: operator 'in' takes");
        assertInvalid(in.replace("LIST", "[]"), "matchers[0].value: operator 'in' takes a non-empty list");
        assertInvalid(in.replace("LIST", "[\"gold\",{\"a\":1}]"), "matchers[0].value[1]: ");
        assertInvalid(in.replace("LIST", "[[\"gold\"]]"), "matchers[0].value[0]: ");
        assertInvalid(in.replace("LIST", "[\"gold\",null]"), "matchers[0].value[1]: ");
    }

    @Test
    void numbersBeyondDoublePrecisionOrRangeAreKeptExactly() {
        // API.md compares numbers exactly; a double would turn 1e400 into Infinity (a 500 here) and
        // 300.00000000000000000001 into 300
        String huge = filter("huge", "greater_than").replace("300", "1e400");
        assertThat(client.post(FILTERS + "/validate", huge).statusCode()).isEqualTo(200);
        HttpResponse<String> created = client.post(FILTERS, filter("exact", "equals")
                .replace("300", "300.00000000000000000001"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("300.00000000000000000001");
    }

    private void assertInvalid(String body, String messagePrefix) {
        HttpResponse<String> response = client.post(FILTERS + "/validate", body);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = RawClient.json(response);
        assertThat(error.get("error").stringValue()).isEqualTo("invalid_filter");
        assertThat(error.get("message").stringValue()).startsWith(messagePrefix);
        assertThat(client.post(FILTERS, body).statusCode()).isEqualTo(400);
    }

    @Test
    void lifecycle_draftPendingActive_updateWith409_andDelete() {
        HttpResponse<String> created = client.post(FILTERS, filter("platinum_voice_routing", "greater_than"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = RawClient.json(created);
        String id = body.get("id").stringValue();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(body.get("status").stringValue()).isEqualTo("DRAFT");
        assertThat(body.get("etag").stringValue()).isEqualTo(etag);

        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("ACTIVE"));

        HttpResponse<String> exported = client.get(FILTERS + "/" + id + "?export_state=true");
        assertThat(RawClient.json(exported).get("version").longValue()).isEqualTo(1);
        assertThat(RawClient.json(client.get(FILTERS + "/" + id)).has("version")).isFalse();

        HttpResponse<String> updated = client.put(FILTERS + "/" + id, filter("platinum_voice_routing", "less_than"), etag);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(status(id)).isIn("PENDING_ACTIVATION", "ACTIVE");
        HttpResponse<String> stale = client.put(FILTERS + "/" + id, filter("platinum_voice_routing", "equals"), etag);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(RawClient.json(stale).get("error").stringValue()).isEqualTo("conflict");

        assertThat(client.delete(FILTERS + "/" + id).statusCode()).isEqualTo(204);
        assertThat(client.get(FILTERS + "/" + id).statusCode()).isEqualTo(404);
        assertThat(client.delete(FILTERS + "/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void failActivation_endsFailedWithTheReason(CxoneSimulator sim) {
        sim.failActivation("doomed", "target group is full");
        String id = RawClient.json(client.post(FILTERS, filter("doomed", "greater_than"))).get("id").stringValue();

        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("FAILED"));
        JsonNode status = RawClient.json(client.get(FILTERS + "/" + id + "/status"));
        assertThat(status.get("reason").stringValue()).isEqualTo("target group is full");
    }

    @Test
    void groups_pageTheirMembers() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(RawClient.json(client.post(FILTERS, filter("g" + i, "greater_than"))).get("id").stringValue());
        }
        String group = "/api/v2/event-processing/filter-groups/grp_1/filters";
        assertThat(client.get(group).statusCode()).isEqualTo(404);
        String members = RawClient.JSON.createObjectNode().set("filter_ids", RawClient.JSON.valueToTree(ids)).toString();
        assertThat(client.put(group, members, null).statusCode()).isEqualTo(204);
        assertThat(client.put(group, "{\"filter_ids\":[\"flt-nope\"]}", null).statusCode()).isEqualTo(400);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = RawClient.json(client.get(group + "?page_size=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("filter_ids").forEach(id -> seen.add(id.stringValue()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").stringValue();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    void auditLog_recordsEveryChange_inPages() {
        String id = RawClient.json(client.post(FILTERS, filter("audited", "greater_than"))).get("id").stringValue();
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("ACTIVE"));
        String etag = client.get(FILTERS + "/" + id).headers().firstValue("ETag").orElseThrow();
        client.put(FILTERS + "/" + id, filter("audited", "less_than"), etag);
        client.delete(FILTERS + "/" + id);

        List<String> actions = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = RawClient.json(client.get("/api/v2/event-processing/audit-logs?filter_id=" + id
                    + "&page_size=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("entries").forEach(e -> {
                assertThat(e.get("filter_id").stringValue()).isEqualTo(id);
                assertThat(e.get("timestamp").stringValue()).isNotBlank();
                actions.add(e.get("action").stringValue());
            });
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").stringValue();
        } while (cursor != null);
        assertThat(actions).containsSubsequence("created", "status_changed", "updated", "deleted");
        assertThat(actions.get(0)).isEqualTo("created");
        assertThat(actions.get(actions.size() - 1)).isEqualTo("deleted");
    }

    @Test
    void metrics_reflectStreamedEventsThatMatchedActiveFilters(CxoneSimulator sim) {
        String body = "{\"name\":\"premium\",\"channel\":\"voice\",\"matchers\":[],\"pattern_rules\":"
                + "[{\"type\":\"prefix\",\"field\":\"payload.skillId\",\"pattern\":\"skill_premium_\"}]}";
        String id = RawClient.json(client.post(FILTERS, body)).get("id").stringValue();
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("ACTIVE"));

        List<String> sent = sim.workload().emit(400);
        long expected = sent.stream().map(RawClient::json).filter(e -> e.get("channel").stringValue().equals("voice")
                && e.at("/payload/skillId").stringValue().startsWith("skill_premium_")).count();
        assertThat(expected).isPositive();

        JsonNode metrics = RawClient.json(client.get("/api/v2/analytics/event-processing/filter-metrics?filter_id=" + id
                + "&interval=PT5M&metrics=hit_count,throughput_rate,match_ratio&start_time=-PT3600S"));
        long hits = 0;
        for (JsonNode point : metrics.get("series")) {
            hits += point.get("hit_count").longValue();
            assertThat(point.has("match_ratio")).isTrue();
        }
        assertThat(metrics.get("filter_id").stringValue()).isEqualTo(id);
        assertThat(metrics.get("series").size()).isBetween(12, 13);
        assertThat(hits).isEqualTo(expected);
        assertThat(client.get("/api/v2/analytics/event-processing/filter-metrics?filter_id=" + id + "&interval=banana")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void concurrentEdit_makesTheNextFilterPutConflictOnce(CxoneSimulator sim) {
        HttpResponse<String> created = client.post(FILTERS, filter("contended", "greater_than"));
        String id = RawClient.json(created).get("id").stringValue();
        sim.faults().concurrentEdit(true);

        HttpResponse<String> first = client.put(FILTERS + "/" + id, filter("contended", "less_than"),
                created.headers().firstValue("ETag").orElseThrow());
        assertThat(first.statusCode()).isEqualTo(409);
        String fresh = client.get(FILTERS + "/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(client.put(FILTERS + "/" + id, filter("contended", "less_than"), fresh).statusCode()).isEqualTo(200);
    }
}
