package io.github.cxonesdk.core;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.spi.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-modify-write with ETags. The caller's change is a function, not a value: when someone else
 * modified the resource in between (409 or 412), the resource is read again and the change
 * RE-APPLIED to the fresh state, so their edit is never blindly overwritten. Between two cycles the
 * caller waits a jittered {@link Backoff} ({@link #DEFAULT_BACKOFF} unless given), so writers racing for
 * one resource spread out instead of colliding again at once.
 *
 * <pre>{@code
 * Versioned<Dashboard> saved = OptimisticLocking.update(
 *         () -> dashboards.get(id),
 *         (changed, etag) -> dashboards.update(id, changed, etag),
 *         d -> d.toBuilder().name("Sales floor").build(),
 *         5);
 * }</pre>
 *
 * <p>This class is thread-safe (it is stateless).
 */
public final class OptimisticLocking {
    /** The attempt count of {@link #update(Supplier, BiFunction, UnaryOperator)}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    /**
     * The wait before re-reading after a conflict: exponential with full jitter, ceilings from 100 ms
     * up to 5 s (at most 1.5 s in all over the default five attempts).
     */
    public static final Backoff DEFAULT_BACKOFF = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5));

    /** Earlier conflicts kept as suppressed exceptions of the final one, at most this many. */
    private static final int MAX_SUPPRESSED = 8;

    private static final Logger LOG = LoggerFactory.getLogger(OptimisticLocking.class);

    private OptimisticLocking() {
    }

    /**
     * Reads, applies {@code change} and writes with the ETag read; on {@link ResourceModifiedException}
     * waits {@link #DEFAULT_BACKOFF} and repeats the whole cycle, up to {@code maxAttempts} times.
     *
     * @param <T> the resource type
     * @param read reads the current value and its ETag
     * @param write writes the changed value with the ETag it was derived from ({@code If-Match})
     * @param change the caller's change; may run several times, each time on the freshest value
     * @param maxAttempts the most read-modify-write cycles, at least 1
     * @return what {@code write} returned for the successful write
     * @throws ResourceModifiedException if every attempt found the resource modified; its cause is the
     *         last conflict, the earlier ones are suppressed exceptions
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     * @throws CxoneClientException if the thread is interrupted while waiting between attempts
     */
    public static <T> Versioned<T> update(Supplier<Versioned<T>> read, BiFunction<T, String, Versioned<T>> write,
                                          UnaryOperator<T> change, int maxAttempts) {
        return update(read, write, change, maxAttempts, DEFAULT_BACKOFF, Sleeper.system());
    }

    /**
     * Reads, applies {@code change} and writes with the ETag read; on {@link ResourceModifiedException}
     * waits {@code backoff.delay(n)} after conflict {@code n} and repeats the whole cycle, up to
     * {@code maxAttempts} times.
     *
     * @param <T> the resource type
     * @param read reads the current value and its ETag
     * @param write writes the changed value with the ETag it was derived from ({@code If-Match})
     * @param change the caller's change; may run several times, each time on the freshest value
     * @param maxAttempts the most read-modify-write cycles, at least 1
     * @param backoff the wait between cycles
     * @param sleeper waits between cycles (tests pass one that records instead of waiting)
     * @return what {@code write} returned for the successful write
     * @throws ResourceModifiedException if every attempt found the resource modified; its cause is the
     *         last conflict, the earlier ones are suppressed exceptions
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     * @throws CxoneClientException if the thread is interrupted while waiting between attempts
     */
    public static <T> Versioned<T> update(Supplier<Versioned<T>> read, BiFunction<T, String, Versioned<T>> write,
                                          UnaryOperator<T> change, int maxAttempts, Backoff backoff,
                                          Sleeper sleeper) {
        Objects.requireNonNull(read, "read == null");
        Objects.requireNonNull(write, "write == null");
        Objects.requireNonNull(change, "change == null");
        Checks.atLeast(maxAttempts, 1, "maxAttempts");
        Objects.requireNonNull(backoff, "backoff == null");
        Objects.requireNonNull(sleeper, "sleeper == null");
        List<ResourceModifiedException> conflicts = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Versioned<T> current = Objects.requireNonNull(read.get(), "read returned null");
            T changed = Objects.requireNonNull(change.apply(current.value()), "change returned null");
            try {
                return write.apply(changed, current.etag());
            } catch (ResourceModifiedException e) {
                if (conflicts.size() == MAX_SUPPRESSED + 1) {
                    conflicts.remove(conflicts.size() - 1); // keep the first ones and, below, the last
                }
                conflicts.add(e);
                if (attempt == maxAttempts) {
                    throw exhausted(conflicts, maxAttempts);
                }
                Duration wait = backoff.delay(attempt);
                LOG.debug("write attempt {} of {} found the resource modified; re-reading and re-applying in {}",
                        attempt, maxAttempts, wait);
                pause(sleeper, wait, e);
            }
        }
    }

    private static ResourceModifiedException exhausted(List<ResourceModifiedException> conflicts, int maxAttempts) {
        ResourceModifiedException last = conflicts.get(conflicts.size() - 1);
        ResourceModifiedException failure = new ResourceModifiedException(last.getMessage() + " (still modified after "
                + maxAttempts + " read-modify-write attempts)", last.details(), last);
        conflicts.subList(0, conflicts.size() - 1).forEach(failure::addSuppressed);
        return failure;
    }

    private static void pause(Sleeper sleeper, Duration wait, ResourceModifiedException conflict) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CxoneClientException interrupted = new CxoneClientException(
                    "interrupted while waiting to retry a read-modify-write after a conflict", e);
            interrupted.addSuppressed(conflict);
            throw interrupted;
        }
    }

    /**
     * Same as {@link #update(Supplier, BiFunction, UnaryOperator, int)} with {@value #DEFAULT_MAX_ATTEMPTS} attempts.
     *
     * @param <T> the resource type
     * @param read reads the current value and its ETag
     * @param write writes the changed value with the ETag
     * @param change the caller's change
     * @return what {@code write} returned
     * @throws ResourceModifiedException if every attempt found the resource modified
     */
    public static <T> Versioned<T> update(Supplier<Versioned<T>> read, BiFunction<T, String, Versioned<T>> write,
                                          UnaryOperator<T> change) {
        return update(read, write, change, DEFAULT_MAX_ATTEMPTS);
    }
}
