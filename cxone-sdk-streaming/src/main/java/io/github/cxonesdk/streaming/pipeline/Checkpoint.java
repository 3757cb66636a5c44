package io.github.cxonesdk.streaming.pipeline;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved pipeline state: the source position of the last event the aggregator has seen, and the
 * aggregator's state after it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position the source position ({@link Source}), or null when nothing was read yet
 * @param state    the aggregator state ({@link Aggregator#snapshot()}); copied
 */
public record Checkpoint(String position, byte[] state) {
    /**
     * Checks and copies the state.
     *
     * @param position the source position ({@link Source}), or null when nothing was read yet
     * @param state    the aggregator state ({@link Aggregator#snapshot()}); copied
     * @throws NullPointerException when state is null
     */
    public Checkpoint {
        state = Objects.requireNonNull(state, "state == null").clone();
    }

    /**
     * Returns the position, if any.
     *
     * @return the position
     */
    public Optional<String> positionIfAny() {
        return Optional.ofNullable(position);
    }

    /**
     * Returns a copy of the state.
     *
     * @return the state bytes
     */
    @Override
    public byte[] state() {
        return state.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && Objects.equals(position, c.position) && Arrays.equals(state, c.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position) * 31 + Arrays.hashCode(state);
    }

    /**
     * Returns the position and the state's size.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "Checkpoint[position=" + position + ", state=" + state.length + " bytes]";
    }
}
