package io.github.cxonesdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void backoff_isTheSdkBackoffOverBaseAndMaxDelay() {
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(3))
                .build();
        Backoff backoff = policy.backoff();
        assertThat(backoff.base()).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.max()).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void aMaxDelayBelowTheBaseDelay_isRejected() {
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max < base");
    }

    @Test
    void aTotalTimeOfZero_isRejected_becauseNoAttemptCouldStart() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxTotalTime(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTotalTime");
    }

    @Test
    void badArguments_areReportedByName() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetryAfter");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("baseDelay");
    }
}
