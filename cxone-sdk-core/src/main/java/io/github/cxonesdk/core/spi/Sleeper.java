package io.github.cxonesdk.core.spi;

import java.time.Duration;

/**
 * Waits for a duration. The SDK sleeps through this interface (between retries, between waiter
 * polls) so tests can observe the exact delays and advance a fake clock instead of waiting.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Blocks the calling thread for {@code duration}.
     *
     * @param duration how long to wait, not negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns the sleeper that really waits ({@link Thread#sleep(long, int)}).
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
