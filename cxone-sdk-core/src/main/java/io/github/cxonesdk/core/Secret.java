package io.github.cxonesdk.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential (client secret, access-key secret, token) whose {@link #toString()} never shows the value,
 * so it can travel through configuration objects, logs and exception messages without leaking.
 *
 * <pre>{@code
 * Secret secret = Secret.of(System.getenv("CXONE_CLIENT_SECRET"));
 * String forTheWire = secret.reveal();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Secret {
    private static final String REDACTED = "****";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a secret value.
     *
     * @param value the value
     * @return the secret
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is empty
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value == null");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("secret is empty");
        }
        return new Secret(value);
    }

    /**
     * Returns the value; call only where it goes on the wire.
     *
     * @return the clear-text value
     */
    public String reveal() {
        return value;
    }

    /**
     * Compares in constant time, so timing does not reveal how much of a guess matched.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a secret with the same value
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), s.value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns a constant: a value-derived hash would leak information about the secret.
     *
     * @return a constant
     */
    @Override
    public int hashCode() {
        return 0x5ec7e7;
    }

    /**
     * Returns {@code "****"}, never the value.
     *
     * @return the redacted form
     */
    @Override
    public String toString() {
        return REDACTED;
    }
}
