package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WorkloadTest {

    private static List<JsonNode> emit(long seed, int count) {
        try (CxoneSimulator sim = CxoneSimulator.builder().seed(seed).build().start()) {
            return sim.workload().emit(count).stream().map(RawClient::json).toList();
        }
    }

    @Test
    void sameSeed_emitsTheSameEvents_otherSeedDiffers() {
        List<JsonNode> a = emit(7, 300);
        List<JsonNode> b = emit(7, 300);
        List<JsonNode> c = emit(8, 300);

        assertThat(a).isEqualTo(b);
        assertThat(a.stream().map(e -> e.get("payload")).toList()).isNotEqualTo(c.stream().map(e -> e.get("payload")).toList());
    }

    @Test
    void events_haveRealisticShape_andSpanHours() {
        List<JsonNode> events = emit(42, 5_000);

        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("type").stringValue()).isEqualTo("interaction.completed");
            assertThat(e.at("/payload/campaignId").stringValue()).startsWith("camp_");
            assertThat(e.at("/payload/handleTime").doubleValue()).isBetween(10.0, 3_600.0);
            assertThat(e.at("/payload/waitTime").doubleValue()).isBetween(0.0, 1_800.0);
            assertThat(e.get("timestamp").stringValue()).isEqualTo(e.at("/payload/completionTime").stringValue());
        });
        List<Instant> times = events.stream().map(e -> Instant.parse(e.get("timestamp").stringValue())).sorted().toList();
        assertThat(Duration.between(times.get(0), times.get(times.size() - 1))).isGreaterThan(Duration.ofHours(1));
        double medianHandle = events.stream().mapToDouble(e -> e.at("/payload/handleTime").doubleValue()).sorted()
                .skip(events.size() / 2).findFirst().orElseThrow();
        assertThat(medianHandle).isBetween(150.0, 400.0);
        Set<String> channels = events.stream().map(e -> e.get("channel").stringValue()).collect(Collectors.toSet());
        assertThat(channels).containsExactlyInAnyOrder("voice", "chat", "email", "sms", "web");
        List<Long> sequences = events.stream().map(e -> e.get("sequence").longValue()).toList();
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void malformedEvents_breakTheMetricsRulesForTheConfiguredShare() {
        try (CxoneSimulator sim = CxoneSimulator.builder().malformedEvents(0.2).build().start()) {
            List<JsonNode> events = sim.workload().emit(500).stream().map(RawClient::json).toList();
            long malformed = events.stream().filter(e -> !e.at("/payload/campaignId").isString()
                    || !e.at("/payload/handleTime").isNumber() || !e.get("timestamp").stringValue().endsWith("Z")).count();
            assertThat(malformed).isBetween(50L, 150L);
        }
        assertThat(emit(42, 200)).allSatisfy(e -> assertThat(e.at("/payload/campaignId").isString()).isTrue());
    }

    @Test
    void backgroundRate_emitsAndRecords() {
        try (CxoneSimulator sim = CxoneSimulator.builder().recordLimit(50).build().start()) {
            sim.workload().start(500);
            await().atMost(Duration.ofSeconds(20)).until(() -> sim.workload().emittedCount() >= 100);
            sim.workload().stop();
            assertThat(sim.workload().isRunning()).isFalse();
            assertThat(sim.workload().emitted()).hasSize(50);
            assertThat(sim.workload().emittedPresence()).isNotEmpty();
        }
    }
}
