package io.github.cxonesdk.core;

import java.util.Objects;

/**
 * A value as read from the service together with the ETag it had then; pass the ETag back as
 * {@code If-Match} to update only if nobody changed the resource since.
 *
 * <p>Get one from a response with {@link CxoneResponse#versioned()}, the one way to pair a body with
 * its ETag; {@link OptimisticLocking} takes it from there.
 *
 * <p>Instances are immutable and thread-safe if the value is.
 *
 * @param <T> the value type
 * @param value the resource as read or written
 * @param etag the quoted ETag the service sent
 */
public record Versioned<T>(T value, String etag) {
    /**
     * Checks the fields.
     *
     * @param value the resource as read or written
     * @param etag the quoted ETag the service sent
     * @throws NullPointerException if a field is {@code null}
     */
    public Versioned {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(etag, "etag == null");
    }
}
