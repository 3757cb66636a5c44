package io.github.cxonesdk.streaming.pipeline;

import java.util.Optional;

/**
 * Keeps the latest {@link Checkpoint}. {@link FileCheckpointStore} is the built-in.
 *
 * <p>Implementations must be thread-safe.
 */
public interface CheckpointStore {
    /**
     * Reads the latest checkpoint.
     *
     * @return the checkpoint, or empty when none was saved yet
     * @throws CheckpointException when a checkpoint exists but cannot be read or is corrupt; never
     *                             an empty result in that case
     */
    Optional<Checkpoint> load();

    /**
     * Replaces the saved checkpoint atomically: after a crash at any point, {@link #load()} returns
     * either the previous checkpoint or this one, complete.
     *
     * @param checkpoint the checkpoint
     * @throws CheckpointException when it cannot be saved durably
     */
    void save(Checkpoint checkpoint);
}
