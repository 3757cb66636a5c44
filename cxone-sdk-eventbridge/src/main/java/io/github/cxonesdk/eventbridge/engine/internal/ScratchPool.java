package io.github.cxonesdk.eventbridge.engine.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A small lock-free pool of {@link EventValues} owned by one engine: an evaluation takes one (or
 * creates one when all are in use) and gives it back. Unlike a {@code ThreadLocal}, nothing is
 * attached to the caller's threads, so an engine (and the class loader that defined it) is
 * collectable as soon as it is unreachable, such as after an application is redeployed.
 *
 * <p>Thread-safe.
 */
final class ScratchPool {
    private final AtomicReferenceArray<EventValues> slots;
    private final Supplier<EventValues> factory;

    ScratchPool(Supplier<EventValues> factory) {
        this.factory = factory;
        int size = Math.min(64, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        this.slots = new AtomicReferenceArray<>(size);
    }

    /** Takes a reset instance from the pool, or a new one. */
    EventValues acquire() {
        int size = slots.length();
        int start = ThreadLocalRandom.current().nextInt(size);
        for (int k = 0; k < size; k++) {
            int index = (start + k) % size;
            if (slots.getPlain(index) != null) {
                EventValues values = slots.getAndSet(index, null);
                if (values != null) {
                    values.reset();
                    return values;
                }
            }
        }
        EventValues created = factory.get();
        created.reset();
        return created;
    }

    /** Gives an instance back; dropped when the pool is full. */
    void release(EventValues values) {
        int size = slots.length();
        int start = ThreadLocalRandom.current().nextInt(size);
        for (int k = 0; k < size; k++) {
            int index = (start + k) % size;
            if (slots.getPlain(index) == null && slots.compareAndSet(index, null, values)) {
                return;
            }
        }
    }
}
