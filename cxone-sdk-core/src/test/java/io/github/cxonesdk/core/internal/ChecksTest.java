package io.github.cxonesdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void atLeast_long_acceptsTheBoundAndNamesTheArgumentBelowIt() {
        assertThat(Checks.atLeast(0L, 0L, "resumeAfter")).isZero();
        assertThat(Checks.atLeast(Long.MAX_VALUE, 1L, "count")).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Checks.atLeast(-1L, 0L, "resumeAfter"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("resumeAfter must be at least 0: -1");
        // a long beyond int range is not narrowed into a different answer
        assertThatThrownBy(() -> Checks.atLeast(Long.MIN_VALUE, 1L, "hits"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(Long.MIN_VALUE));
    }

    @Test
    void durationsAndInts_sameMessageShape() {
        assertThatThrownBy(() -> Checks.positive(Duration.ZERO, "interval"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must be positive: PT0S");
        assertThatThrownBy(() -> Checks.positive(null, "interval"))
                .isInstanceOf(NullPointerException.class).hasMessage("interval == null");
        assertThatThrownBy(() -> Checks.atLeast(0, 1, "pageSize"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pageSize must be at least 1: 0");
        assertThatThrownBy(() -> Checks.inRange(11, 1, 10, "n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be between 1 and 10: 11");
    }
}
