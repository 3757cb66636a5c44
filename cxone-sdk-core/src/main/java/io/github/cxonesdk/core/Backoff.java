package io.github.cxonesdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: the wait before retry {@code n} (1-based) is a random duration
 * between 0 and {@code min(max, base * 2^(n-1))}, as AWS's "Exponential Backoff And Jitter" recommends.
 * This is the one backoff of the SDK: HTTP retries, waiters, token refresh after a failure, optimistic
 * locking re-reads and stream reconnects all use it.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(10));
 * Duration wait = backoff.delay(3); // somewhere in [0, 800 ms]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Backoff {
    private static final Duration LONGEST = Duration.ofDays(1);
    private final Duration base;
    private final Duration max;
    private final boolean jitter;

    private Backoff(Duration base, Duration max, boolean jitter) {
        this.base = requireNonNegative(base, "base");
        this.max = requireNonNegative(max, "max");
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("max < base: " + max + " < " + base);
        }
        if (max.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("max over " + LONGEST + ": " + max);
        }
        this.jitter = jitter;
    }

    /**
     * Returns exponential backoff with full jitter.
     *
     * @param base the ceiling of the first retry's wait, not negative
     * @param max the largest ceiling, at least {@code base} and at most one day
     * @return the backoff
     * @throws IllegalArgumentException if a duration is negative, {@code max < base} or {@code max} is over a day
     */
    public static Backoff exponential(Duration base, Duration max) {
        return new Backoff(base, max, true);
    }

    /**
     * Returns this backoff without jitter: every wait is its ceiling (useful in tests and for
     * callers that add their own randomness).
     *
     * @return the backoff
     */
    public Backoff withoutJitter() {
        return new Backoff(base, max, false);
    }

    /**
     * Returns the ceiling of the first retry's wait.
     *
     * @return the base
     */
    public Duration base() {
        return base;
    }

    /**
     * Returns the largest ceiling.
     *
     * @return the maximum
     */
    public Duration max() {
        return max;
    }

    /**
     * Returns the ceiling of the wait before retry {@code retry}: {@code min(max, base * 2^(retry-1))},
     * computed without overflow.
     *
     * @param retry the retry number, 1 for the first retry
     * @return the ceiling
     * @throws IllegalArgumentException if {@code retry < 1}
     */
    public Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry < 1: " + retry);
        }
        int shift = Math.min(retry - 1, 62);
        long baseNanos = base.toNanos();
        long maxNanos = max.toNanos();
        if (baseNanos == 0) {
            return Duration.ZERO;
        }
        // base << shift overflows or exceeds max: the ceiling is max
        if (shift >= Long.numberOfLeadingZeros(baseNanos) || (baseNanos << shift) >= maxNanos) {
            return max;
        }
        return Duration.ofNanos(baseNanos << shift);
    }

    /**
     * Returns the wait before retry {@code retry}: uniformly random in {@code [0, ceiling(retry)]}
     * with jitter, else the ceiling itself.
     *
     * @param retry the retry number, 1 for the first retry
     * @return the wait, never negative
     * @throws IllegalArgumentException if {@code retry < 1}
     */
    public Duration delay(int retry) {
        Duration ceiling = ceiling(retry);
        if (!jitter || ceiling.isZero()) {
            return ceiling;
        }
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling.toNanos() + 1));
    }

    private static Duration requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name + " == null");
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " is negative: " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        return "Backoff[base=" + base + ", max=" + max + ", jitter=" + jitter + "]";
    }
}
