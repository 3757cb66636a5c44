package io.github.cxonesdk.streaming.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    /** Delivers a fixed list synchronously, after the given position. */
    static final class ListSource implements Source {
        final List<StreamEvent> events;
        String startedAt;

        ListSource(List<StreamEvent> events) {
            this.events = events;
        }

        @Override
        public void start(String position, Receiver receiver) {
            startedAt = position;
            long after = position == null ? 0 : Long.parseLong(position);
            for (StreamEvent e : events) {
                if (e.sequence() > after) {
                    receiver.onEvent(e, Long.toString(e.sequence()));
                }
            }
        }

        @Override
        public void close() {
        }
    }

    static List<StreamEvent> events(int n) {
        List<StreamEvent> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String json = "{\"type\":\"interaction.completed\",\"timestamp\":\"2026-05-20T08:" + String.format("%02d", i % 60)
                    + ":00Z\",\"payload\":{\"campaignId\":\"c" + (i % 2) + "\",\"handleTime\":" + i + ",\"waitTime\":1}}";
            out.add(new StreamEvent("e" + i, i, "interaction.completed", "", json));
        }
        return out;
    }

    @Test
    void failingSinkIsRetriedAndTheCheckpointWaitsForIt(@TempDir Path dir) {
        AtomicInteger failures = new AtomicInteger(2);
        List<InteractionMetrics> written = new CopyOnWriteArrayList<>();
        Sink<InteractionMetrics> sink = results -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("sink down");
            }
            written.addAll(results);
        };
        FileCheckpointStore store = FileCheckpointStore.builder(dir.resolve("c.ckpt")).build();
        List<Duration> sleeps = new CopyOnWriteArrayList<>();
        Pipeline<InteractionMetrics> p = Pipeline.<InteractionMetrics>builder()
                .source(new ListSource(events(10)))
                .aggregator(InteractionMetricsAggregator.builder().interimEvery(2).build())
                .sink(sink).checkpointStore(store).checkpointEvery(5)
                .sinkRetries(3, Backoff.exponential(Duration.ofMillis(1), Duration.ofMillis(4)))
                .sleeper(sleeps::add).build();
        p.start();
        assertThat(sleeps).hasSize(2);
        assertThat(written).isNotEmpty().allMatch(InteractionMetrics::interim);
        assertThat(store.load()).get().extracting(Checkpoint::position).isEqualTo("10");
        p.close();
        assertThat(written).filteredOn(r -> !r.interim()).hasSize(2);
    }

    @Test
    void sinkThatKeepsFailingStopsThePipelineWithoutCheckpointing(@TempDir Path dir) {
        FileCheckpointStore store = FileCheckpointStore.builder(dir.resolve("c.ckpt")).build();
        Pipeline<InteractionMetrics> p = Pipeline.<InteractionMetrics>builder()
                .source(new ListSource(events(10)))
                .aggregator(InteractionMetricsAggregator.builder().interimEvery(2).build())
                .sink(results -> {
                    throw new IllegalStateException("sink down");
                })
                .checkpointStore(store).checkpointEvery(5)
                .sinkRetries(2, Backoff.exponential(Duration.ZERO, Duration.ZERO))
                .build();
        assertThatThrownBy(p::start).hasMessageContaining("sink write failed 2 times");
        assertThat(p.terminated()).isCompletedExceptionally();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void restartResumesAfterTheSavedPosition(@TempDir Path dir) {
        FileCheckpointStore store = FileCheckpointStore.builder(dir.resolve("c.ckpt")).build();
        List<InteractionMetrics> written = new CopyOnWriteArrayList<>();
        Pipeline<InteractionMetrics> first = Pipeline.<InteractionMetrics>builder()
                .source(new ListSource(events(6))).aggregator(InteractionMetricsAggregator.builder().build())
                .sink(written::addAll).checkpointStore(store).checkpointEvery(3).build();
        first.start();
        // crash: no close(); the last checkpoint is at 6
        ListSource again = new ListSource(events(10));
        Pipeline<InteractionMetrics> second = Pipeline.<InteractionMetrics>builder()
                .source(again).aggregator(InteractionMetricsAggregator.builder().build())
                .sink(written::addAll).checkpointStore(store).checkpointEvery(3).build();
        second.start();
        assertThat(again.startedAt).isEqualTo("6");
        assertThat(second.events()).isEqualTo(4);
        second.close();
        assertThat(written).extracting(InteractionMetrics::count).containsExactlyInAnyOrder(5L, 5L);
    }
}
