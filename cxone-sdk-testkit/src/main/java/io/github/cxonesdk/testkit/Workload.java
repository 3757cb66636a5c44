package io.github.cxonesdk.testkit;

import io.github.cxonesdk.testkit.internal.WorkloadGenerator;
import java.util.List;

/**
 * The simulator's seeded, deterministic workload: agents, campaigns and skills producing
 * {@code interaction.completed} events on the event stream (realistic handle and wait time
 * distributions, event times spread over hours, some late arrivals) and presence changes on the
 * presence stream. The same seed emits the same events in the same order, and the generator records
 * what it emitted so tests can compute expected results independently.
 *
 * <pre>{@code
 * List<String> sent = sim.workload().emit(500);        // synchronously, on this thread
 * sim.workload().start(200);                            // 200 events per second in the background
 * sim.workload().startFullSpeed();                      // as fast as the connected sockets take
 * sim.workload().stop();
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Workload {
    private final WorkloadGenerator generator;

    Workload(WorkloadGenerator generator) {
        this.generator = generator;
    }

    /**
     * Emits {@code count} events now, on the calling thread (with roughly one presence change per
     * two events), and returns them as sent, with their sequences.
     *
     * @param count zero or more
     * @return the event messages as JSON text, in emission order
     * @throws IllegalArgumentException when count is negative
     */
    public List<String> emit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return generator.emit(count);
    }

    /**
     * Starts emitting in the background at {@code eventsPerSecond}, or changes the rate when running.
     *
     * @param eventsPerSecond at least 1
     * @return this workload
     * @throws IllegalArgumentException when the rate is below 1
     */
    public Workload start(int eventsPerSecond) {
        if (eventsPerSecond < 1) {
            throw new IllegalArgumentException("eventsPerSecond must be at least 1: " + eventsPerSecond);
        }
        generator.start(Math.min(eventsPerSecond, WorkloadGenerator.FULL_SPEED));
        return this;
    }

    /**
     * Starts emitting in the background as fast as the connected sockets take the events (a slow
     * socket slows the generator; one stuck for 10 s is closed).
     *
     * @return this workload
     */
    public Workload startFullSpeed() {
        generator.start(WorkloadGenerator.FULL_SPEED);
        return this;
    }

    /** Stops the background emitter; already emitted events stay recorded. */
    public void stop() {
        generator.stop();
    }

    /**
     * Tells whether the background emitter runs.
     *
     * @return true while started and not stopped
     */
    public boolean isRunning() {
        return generator.running();
    }

    /**
     * Returns the recorded event messages as sent (JSON text with sequences), oldest first; at most
     * the builder's {@code recordLimit} most recent ones.
     *
     * @return an immutable snapshot
     */
    public List<String> emitted() {
        return generator.emitted();
    }

    /**
     * Returns the recorded presence updates as sent, oldest first (bounded like {@link #emitted()}).
     *
     * @return an immutable snapshot
     */
    public List<String> emittedPresence() {
        return generator.emittedPresence();
    }

    /**
     * Returns how many events were emitted since the simulator started (recorded or not).
     *
     * @return the total count
     */
    public long emittedCount() {
        return generator.emittedCount();
    }

    /** Forgets the recorded messages; the generator continues where it was. */
    public void clearRecorded() {
        generator.clearRecorded();
    }
}
