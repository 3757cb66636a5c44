package io.github.cxonesdk.core.spi;

import io.github.cxonesdk.core.internal.Checks;
import java.time.Duration;

/**
 * A client-side rate limiter the HTTP pipeline asks for a permit before each call, to stay under
 * the tenant's quota instead of collecting 429s.
 *
 * <pre>{@code
 * CxoneHttp http = CxoneHttp.builder().config(config).rateLimiter(RateLimiter.perSecond(10)).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RateLimiter {
    /**
     * Blocks until a permit is available.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void acquire() throws InterruptedException;

    /**
     * Returns a smooth limiter (Failsafe) that spreads {@code permits} evenly over each second.
     *
     * @param permits permits per second, at least 1
     * @return the limiter
     * @throws IllegalArgumentException if {@code permits} is below 1
     */
    static RateLimiter perSecond(int permits) {
        return smooth(permits, Duration.ofSeconds(1));
    }

    /**
     * Returns a smooth limiter (Failsafe) allowing {@code permits} per {@code period}.
     *
     * @param permits permits per period, at least 1
     * @param period the period, positive
     * @return the limiter
     * @throws IllegalArgumentException if {@code permits} is below 1 or {@code period} is not positive
     * @throws NullPointerException if {@code period} is {@code null}
     */
    static RateLimiter smooth(int permits, Duration period) {
        Checks.atLeast(permits, 1, "permits");
        Checks.positive(period, "period");
        dev.failsafe.RateLimiter<Object> limiter = dev.failsafe.RateLimiter.smoothBuilder(permits, period).build();
        return limiter::acquirePermit;
    }
}
