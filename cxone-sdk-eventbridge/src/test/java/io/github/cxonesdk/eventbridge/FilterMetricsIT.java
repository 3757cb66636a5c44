package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.engine.FilterEngine;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(CxoneSimulatorExtension.class)
class FilterMetricsIT {
    private static final FilterDefinition VOICE_PLATINUM = FilterDefinition.builder()
            .name("voice_platinum")
            .channel(Channel.VOICE)
            .matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, "platinum"))
            .targetGroupId("grp_metrics")
            .build();

    @Test
    void metrics_countTheEventsTheSimulatorStreamedThatMatch(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            String id = filters.create(VOICE_PLATINUM).value().id();
            filters.awaitActive(id, Duration.ofSeconds(30));

            // stream events on this thread while the filter is ACTIVE; the simulator counts them as it publishes
            List<String> streamed = sim.workload().emit(400);
            List<String> emitted = List.copyOf(sim.workload().emitted());
            assertThat(emitted).containsAll(streamed);
            long expected = FilterEngine.compile(Map.of(id, VOICE_PLATINUM)).replay(emitted)
                    .filter(id).orElseThrow().hits();
            assertThat(expected).as("the local engine agrees with a hand-written check")
                    .isEqualTo(emitted.stream().filter(FilterMetricsIT::matchesLocally).count());
            assertThat(expected).as("the workload must produce some matching events").isPositive();
            assertThat(expected).as("and some that do not match").isLessThan(emitted.size());

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    filters.metrics(id, Duration.ofMinutes(1), Duration.ofHours(1)).totalHits()).isEqualTo(expected));

            FilterMetrics metrics = filters.metrics(id, Duration.ofMinutes(1), Duration.ofHours(1));
            assertThat(metrics.filterId()).isEqualTo(id);
            assertThat(metrics.series()).isNotEmpty();
            assertThat(metrics.series()).allSatisfy(point -> assertThat(point.matchRatio()).isBetween(0.0, 1.0));
        }
    }

    /** The filter's semantics, spelled out independently of the SDK: voice channel and platinum tier. */
    private static boolean matchesLocally(String event) {
        JsonNode tree = CxoneJson.mapper().readTree(event);
        JsonNode tier = tree.path("payload").path("customer").path("tier");
        return "voice".equals(tree.path("channel").asString(null)) && tier.isString() && "platinum".equals(tier.asString());
    }
}
