package io.github.cxonesdk.core.waiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.exception.ErrorDetails;
import io.github.cxonesdk.core.exception.ThrottledException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.core.exception.WaiterTimeoutException;
import io.github.cxonesdk.core.testsupport.FakeClock;
import io.github.cxonesdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WaiterTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    private Waiter.Builder<String> waiter(Supplier<String> poll) {
        return Waiter.<String>builder().description("filter f1 ACTIVE").poll(poll)
                .success("ACTIVE"::equals).failure("FAILED"::equals, s -> "activation failed")
                .backoff(Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(4)).withoutJitter())
                .timeout(Duration.ofSeconds(60)).clock(clock).sleeper(sleeper);
    }

    private static Supplier<String> states(String... values) {
        Deque<String> queue = new ArrayDeque<>(List.of(values));
        return () -> queue.size() > 1 ? queue.poll() : queue.peek();
    }

    @Test
    void pollsWithBackoff_untilSuccess() {
        String result = waiter(states("DRAFT", "PENDING", "PENDING", "PENDING", "ACTIVE")).build().await();
        assertThat(result).isEqualTo("ACTIVE");
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    void aTerminalFailureState_endsTheWaitAtOnce() {
        assertThatThrownBy(() -> waiter(states("PENDING", "FAILED")).build().await())
                .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("activation failed");
                    assertThat(e.lastState(String.class)).contains("FAILED");
                    assertThat(e.getMessage()).contains("filter f1 ACTIVE");
                });
        assertThat(sleeper.sleeps()).hasSize(1);
    }

    @Test
    void timeout_carriesTheLastState() {
        assertThatThrownBy(() -> waiter(states("PENDING")).timeout(Duration.ofSeconds(10)).build().await())
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                    assertThat(e.lastState(String.class)).contains("PENDING");
                    assertThat(e.waited()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(e.getMessage()).contains("filter f1 ACTIVE", "PENDING");
                });
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(3));
    }

    @Test
    void aThrottledPoll_waitsAtLeastItsRetryAfter() {
        Deque<Object> answers = new ArrayDeque<>(List.of("PENDING",
                new ThrottledException("throttled", new ErrorDetails(429, null, null, null, null,
                        Duration.ofSeconds(9), 1)), "ACTIVE"));
        String result = waiter(() -> {
            Object next = answers.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (String) next;
        }).build().await();
        assertThat(result).isEqualTo("ACTIVE");
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(9));
    }

    @Test
    void theWaitBetweenPolls_isTheJitteredBackoff_notALockstepDoubling() {
        Waiter<String> jittered = waiter(states("PENDING")).backoff(Backoff.exponential(Duration.ofSeconds(1),
                Duration.ofSeconds(4))).timeout(Duration.ofHours(1)).build();
        assertThatThrownBy(jittered::await).isInstanceOf(WaiterTimeoutException.class);
        List<Duration> sleeps = sleeper.sleeps();
        long[] ceilings = {1, 2, 4, 4};
        for (int i = 0; i < sleeps.size() - 1; i++) {
            assertThat(sleeps.get(i)).isBetween(Duration.ZERO, Duration.ofSeconds(ceilings[Math.min(i, 3)]));
        }
        // hundreds of polls: a fixed doubling would make every wait after the third exactly 4 s
        assertThat(sleeps.stream().distinct().count()).isGreaterThan(sleeps.size() / 2);
    }

    @Test
    void theDefaultBackoff_isFullJitterFromOneUpToThirtySeconds() {
        assertThat(Waiter.DEFAULT_BACKOFF.base()).isEqualTo(Duration.ofSeconds(1));
        assertThat(Waiter.DEFAULT_BACKOFF.max()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aTimeoutWhileThrottled_keepsTheThrottledExceptionAsItsCause() {
        ThrottledException throttled = new ThrottledException("throttled", new ErrorDetails(429, null, null, null, null,
                Duration.ofSeconds(5), 1));
        Deque<Object> answers = new ArrayDeque<>(List.of("PENDING"));
        assertThatThrownBy(() -> waiter(() -> {
            Object next = answers.poll();
            if (next == null) {
                throw throttled;
            }
            return (String) next;
        }).timeout(Duration.ofSeconds(10)).build().await())
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                    assertThat(e.getCause()).isSameAs(throttled);
                    assertThat(e.lastState(String.class)).contains("PENDING");
                });
    }
}
