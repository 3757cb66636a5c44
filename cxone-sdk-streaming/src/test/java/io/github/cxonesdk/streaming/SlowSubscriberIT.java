package io.github.cxonesdk.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** A subscriber that takes 2 ms per event for 30 s while the simulator produces at full speed. */
class SlowSubscriberIT {
    private static final int BUFFER = 256;

    @Test
    void slowSubscriberKeepsBufferedEventsUnderTheBound() {
        long runNanos = TimeUnit.SECONDS.toNanos(Long.getLong("slowSubscriber.seconds", 30));
        try (CxoneSimulator sim = CxoneSimulator.builder().recordLimit(0).build().start();
             StreamClient client = StreamClient.builder(sim.eventStreamUrl(),
                             StreamProtocols.events("interaction.completed"), StreamTesting.tokens(sim))
                     .bufferSize(BUFFER)
                     .backoff(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(100))).build()) {
            AtomicLong delivered = new AtomicLong();
            AtomicInteger maxSeen = new AtomicInteger();
            client.subscribe(new Flow.Subscriber<StreamEvent>() {
                private Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription = s;
                    s.request(1);
                }

                @Override
                public void onNext(StreamEvent item) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2)); // the slow work being simulated
                    delivered.incrementAndGet();
                    maxSeen.accumulateAndGet(client.metrics().buffered(), Math::max);
                    subscription.request(1);
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onComplete() {
                }
            });
            client.awaitConnected(Duration.ofSeconds(60));
            sim.workload().startFullSpeed();
            long start = System.nanoTime();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
                maxSeen.accumulateAndGet(client.metrics().buffered(), Math::max);
                return System.nanoTime() - start > runNanos;
            });
            sim.workload().stop();
            StreamMetrics m = client.metrics();
            assertThat(sim.workload().emittedCount()).isGreaterThan(delivered.get());
            assertThat(delivered.get()).isPositive();
            assertThat(m.maxBuffered()).isLessThanOrEqualTo(BUFFER);
            assertThat(maxSeen.get()).isLessThanOrEqualTo(BUFFER);
        }
    }
}
