package io.github.cxonesdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs the scheduled "activation finished" steps in a chosen order (injected scheduler) and checks
 * that a step applies only to the activation it was scheduled for, and that a filter is counted in
 * the metrics exactly when its status is ACTIVE.
 */
class FilterActivationOrderTest {
    private static final String BASE = "/api/v2/event-processing/filters";
    private static final String METRICS = "/api/v2/analytics/event-processing/filter-metrics";

    private final Clock clock = Clock.systemUTC();
    private final FaultInjector faults = new FaultInjector(clock);
    private final List<Runnable> scheduled = new ArrayList<>();
    private final FiltersApi api = new FiltersApi(clock, Duration.ofSeconds(1), faults, (task, delay) -> scheduled.add(task));
    private final Router router = new Router(new Tokens(clock), faults);
    private final Tokens.Issued principal = new Tokens(clock).issue("tester", Set.of(), Duration.ofHours(1));
    private final JsonNode voiceEvent = Json.parseObject("{\"channel\":\"voice\",\"payload\":{\"skillId\":\"s\"}}");

    FilterActivationOrderTest() {
        api.register(router);
    }

    @AfterEach
    void close() {
        api.close();
    }

    private ApiResponse call(String method, String pattern, List<String> vars, Map<String, List<String>> query,
                             String body, String ifMatch) {
        ApiRequest request = new ApiRequest(method, BASE, query, name -> "If-Match".equals(name) ? ifMatch : null,
                body, vars, principal, "req-1");
        return router.endpoint(method, pattern).apply(request);
    }

    private static String body(String description) {
        return "{\"name\":\"ordered\",\"description\":\"" + description + "\",\"channel\":\"voice\",\"matchers\":[],"
                + "\"pattern_rules\":[]}";
    }

    private String status(String id) {
        return call("GET", BASE + "/{}/status", List.of(id), Map.of(), "", null).body().get("status").stringValue();
    }

    private void update(String id, String description) {
        String etag = call("GET", BASE + "/{}", List.of(id), Map.of(), "", null).headers().get("ETag");
        assertThat(call("PUT", BASE + "/{}", List.of(id), Map.of(), body(description), etag).status()).isEqualTo(200);
    }

    /** Streams one matching event and answers whether the metrics counted it for the filter. */
    private boolean countedInMetrics(String id) {
        long before = hits(id);
        api.observe(voiceEvent);
        return hits(id) == before + 1;
    }

    private long hits(String id) {
        JsonNode series = call("GET", METRICS, List.of(), Map.of("filter_id", List.of(id), "interval", List.of("PT5M")),
                "", null).body().get("series");
        long total = 0;
        for (JsonNode point : series) {
            total += point.get("hit_count").longValue();
        }
        return total;
    }

    @Test
    void aStaleActivationStep_neverFlipsANewerActivation() {
        String id = call("POST", BASE, List.of(), Map.of(), body("v1"), null).body().get("id").stringValue();
        Runnable first = scheduled.get(0);
        update(id, "v2");
        Runnable second = scheduled.get(1);

        first.run();
        assertThat(status(id)).isEqualTo("PENDING_ACTIVATION");
        assertThat(countedInMetrics(id)).isFalse();

        second.run();
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThat(countedInMetrics(id)).isTrue();

        update(id, "v3");
        assertThat(status(id)).isEqualTo("PENDING_ACTIVATION");
        assertThat(countedInMetrics(id)).isFalse();
        second.run(); // a step that fires twice, or late, is stale
        first.run();
        assertThat(status(id)).isEqualTo("PENDING_ACTIVATION");
        assertThat(countedInMetrics(id)).isFalse();

        scheduled.get(2).run();
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThat(countedInMetrics(id)).isTrue();
        scheduled.get(2).run(); // applying the same finished step again changes nothing
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThat(countedInMetrics(id)).isTrue();
    }

    @Test
    void aStepForADeletedFilter_leavesNoState() {
        String id = call("POST", BASE, List.of(), Map.of(), body("v1"), null).body().get("id").stringValue();
        assertThat(call("DELETE", BASE + "/{}", List.of(id), Map.of(), "", null).status()).isEqualTo(204);
        scheduled.get(0).run();
        assertThat(api.exists(id)).isFalse();
        assertThat(api.activeFilterIds()).doesNotContain(id);
    }
}
