package io.github.cxonesdk.core.exception;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a model before any network call.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param path the property path, such as {@code widgets[2].query.groupBy}; empty for the root
 * @param message what is wrong, in plain words
 * @serial exclude
 */
public record Violation(String path, String message) implements Serializable, Comparable<Violation> {
    /**
     * Checks the fields.
     *
     * @param path the property path, such as {@code widgets[2].query.groupBy}; empty for the root
     * @param message what is wrong, in plain words
     * @throws NullPointerException if a field is {@code null}
     */
    public Violation {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(message, "message == null");
    }

    @Override
    public int compareTo(Violation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "<root>" : path) + ": " + message;
    }
}
