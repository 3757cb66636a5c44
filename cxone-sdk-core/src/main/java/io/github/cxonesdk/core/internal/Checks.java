package io.github.cxonesdk.core.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The SDK's shared argument checks, so every builder and client reports a bad argument the same way
 * ({@code IllegalArgumentException} naming the argument and its value, {@code NullPointerException}
 * as {@code "name == null"}). Not API: exported only to the SDK's own modules.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires a duration above zero.
     *
     * @param value the duration
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * Requires a duration of zero or more.
     *
     * @param value the duration
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public static Duration nonNegative(Duration value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /**
     * Requires an int within {@code [min, max]}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is outside the range
     */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    /**
     * Requires an int of at least {@code min}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < min}
     */
    public static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }

    /**
     * Requires a long of at least {@code min}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < min}
     */
    public static long atLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }

    /**
     * Requires a string that is not null and not blank.
     *
     * @param value the string
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
