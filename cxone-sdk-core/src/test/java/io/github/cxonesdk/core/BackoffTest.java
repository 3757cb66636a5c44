package io.github.cxonesdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Test
    void ceiling_doublesUpToMax() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void ceiling_hugeRetryNumber_doesNotOverflow() {
        assertThat(backoff.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.ceiling(64)).isEqualTo(Duration.ofSeconds(5));
        Backoff wide = Backoff.exponential(Duration.ofNanos(1), Duration.ofDays(1));
        assertThat(wide.ceiling(63)).isEqualTo(Duration.ofDays(1));
        assertThat(wide.ceiling(11)).isEqualTo(Duration.ofNanos(1024));
    }

    @Test
    void delay_staysWithinCeiling() {
        for (int retry = 1; retry < 40; retry++) {
            Duration d = backoff.delay(retry);
            assertThat(d).isBetween(Duration.ZERO, backoff.ceiling(retry));
        }
        assertThat(backoff.withoutJitter().delay(3)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void invalidArguments_areRejected() {
        assertThatThrownBy(() -> backoff.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max < base");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.exponential(Duration.ZERO, Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.exponential(null, Duration.ofDays(1)))
                .isInstanceOf(NullPointerException.class).hasMessage("base == null");
    }

    @Test
    void zeroBase_neverWaits() {
        Backoff none = Backoff.exponential(Duration.ZERO, Duration.ZERO);
        assertThat(none.delay(5)).isZero();
    }
}
