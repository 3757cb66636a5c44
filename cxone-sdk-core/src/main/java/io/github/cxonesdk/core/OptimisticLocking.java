package io.github.cxonesdk.core;

import io.github.cxonesdk.core.exception.ResourceModifiedException;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-modify-write with ETags. The caller's change is a function, not a value: when someone else
 * modified the resource in between (409 or 412), the resource is read again and the change
 * RE-APPLIED to the fresh state, so their edit is never blindly overwritten.
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

    private static final Logger LOG = LoggerFactory.getLogger(OptimisticLocking.class);

    private OptimisticLocking() {
    }

    /**
     * Reads, applies {@code change} and writes with the ETag read; on {@link ResourceModifiedException}
     * repeats the whole cycle, up to {@code maxAttempts} times.
     *
     * @param <T> the resource type
     * @param read reads the current value and its ETag
     * @param write writes the changed value with the ETag it was derived from ({@code If-Match})
     * @param change the caller's change; may run several times, each time on the freshest value
     * @param maxAttempts the most read-modify-write cycles, at least 1
     * @return what {@code write} returned for the successful write
     * @throws ResourceModifiedException if every attempt found the resource modified
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     */
    public static <T> Versioned<T> update(Supplier<Versioned<T>> read, BiFunction<T, String, Versioned<T>> write,
                                          UnaryOperator<T> change, int maxAttempts) {
        Objects.requireNonNull(read, "read == null");
        Objects.requireNonNull(write, "write == null");
        Objects.requireNonNull(change, "change == null");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        ResourceModifiedException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Versioned<T> current = Objects.requireNonNull(read.get(), "read returned null");
            T changed = Objects.requireNonNull(change.apply(current.value()), "change returned null");
            try {
                return write.apply(changed, current.etag());
            } catch (ResourceModifiedException e) {
                last = e;
                LOG.debug("write attempt {} of {} found the resource modified; re-reading and re-applying",
                        attempt, maxAttempts);
            }
        }
        throw new ResourceModifiedException(last.getMessage() + " (still modified after " + maxAttempts
                + " read-modify-write attempts)", last.details());
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
