package io.github.cxonesdk.streaming.fanout;

import io.github.cxonesdk.core.internal.Checks;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transport-neutral fan-out: every published message goes to every subscriber's bounded queue, and a
 * subscriber whose queue is full (a stalled browser) is evicted at once, so {@link #publish} never
 * waits and never slows the others. The last messages are kept in a replay buffer, so a subscriber
 * that reconnects with the id of the last message it saw gets what it missed. Transports
 * ({@link SseServer}, {@link BroadcastEndpoint}) take messages from a {@link Subscription} on their own threads.
 *
 * <pre>{@code
 * Broadcaster broadcaster = Broadcaster.builder().queueCapacity(1_000).replaySize(10_000).build();
 * broadcaster.publish("presence", json);
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Broadcaster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);

    private final int capacity;
    private final int replaySize;
    private final ArrayDeque<BroadcastMessage> replay = new ArrayDeque<>();
    private final Set<Subscription> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicLong evictions = new AtomicLong();
    private long nextId = 1;
    private boolean closed;

    private Broadcaster(Builder b) {
        this.capacity = b.capacity;
        this.replaySize = b.replaySize;
    }

    /**
     * Starts building a broadcaster.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Publishes a message to every subscriber; never blocks.
     *
     * @param type the event type
     * @param data the payload, JSON text
     * @return the message's id
     * @throws IllegalStateException when closed
     */
    public synchronized long publish(String type, String data) {
        if (closed) {
            throw new IllegalStateException("broadcaster closed");
        }
        BroadcastMessage message = new BroadcastMessage(nextId++, type, data);
        if (replaySize > 0) {
            if (replay.size() == replaySize) {
                replay.removeFirst();
            }
            replay.addLast(message);
        }
        for (Subscription s : subscribers) {
            if (!s.queue.offer(message)) {
                evict(s);
            }
        }
        return message.id();
    }

    private void evict(Subscription s) {
        evictions.incrementAndGet();
        LOG.info("fan-out subscriber evicted: its queue of {} messages is full (stalled client)", capacity);
        s.evicted = true;
        s.close();
    }

    /**
     * Subscribes; messages published from now on are queued for the subscription.
     *
     * @param lastSeenId the id of the last message the subscriber saw (SSE {@code Last-Event-ID}): the
     *                   replay buffer's later messages are queued first; negative for none
     * @return the subscription
     * @throws IllegalStateException when closed
     */
    public synchronized Subscription subscribe(long lastSeenId) {
        if (closed) {
            throw new IllegalStateException("broadcaster closed");
        }
        Subscription s = new Subscription(this, capacity);
        if (lastSeenId >= 0) {
            BroadcastMessage oldest = replay.peekFirst();
            s.incomplete = oldest == null ? lastSeenId < nextId - 1 : oldest.id() > lastSeenId + 1;
            for (BroadcastMessage m : replay) {
                if (m.id() > lastSeenId && !s.queue.offer(m)) {
                    break; // more missed than fits: the newest are left out, marked incomplete
                }
            }
        }
        subscribers.add(s);
        return s;
    }

    /**
     * Returns how many subscribers were evicted for a full queue.
     *
     * @return the count
     */
    public long evictions() {
        return evictions.get();
    }

    /**
     * Returns how many subscribers are connected.
     *
     * @return the count
     */
    public int subscriberCount() {
        return subscribers.size();
    }

    /**
     * Returns the replay buffer.
     *
     * @return the buffered messages, oldest first
     */
    public synchronized List<BroadcastMessage> replayed() {
        return List.copyOf(replay);
    }

    /** Closes every subscription; later publishes fail. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        subscribers.forEach(Subscription::close);
    }

    /**
     * One subscriber's queue. Thread-safe; normally one transport thread polls it.
     */
    public static final class Subscription implements AutoCloseable {
        private static final BroadcastMessage END = new BroadcastMessage(-1, "", "");
        private final Broadcaster owner;
        private final BlockingQueue<BroadcastMessage> queue;
        private volatile boolean open = true;
        private volatile boolean evicted;
        private volatile boolean incomplete;

        Subscription(Broadcaster owner, int capacity) {
            this.owner = owner;
            this.queue = new ArrayBlockingQueue<>(capacity + 1); // +1 for the end marker
        }

        /**
         * Takes the next message, waiting up to {@code timeout}.
         *
         * @param timeout how long to wait
         * @return the message, or null on timeout or when the subscription is closed
         * @throws InterruptedException when interrupted
         */
        public BroadcastMessage poll(Duration timeout) throws InterruptedException {
            if (!open && queue.isEmpty()) {
                return null;
            }
            BroadcastMessage m = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return m == END ? null : m;
        }

        /**
         * Tells whether the subscription still receives messages.
         *
         * @return false after {@link #close()} or eviction
         */
        public boolean isOpen() {
            return open;
        }

        /**
         * Tells whether the broadcaster evicted this subscription because its queue was full.
         *
         * @return true when evicted
         */
        public boolean evicted() {
            return evicted;
        }

        /**
         * Tells whether the replay could not cover everything after the requested id.
         *
         * @return true when messages were missed for good
         */
        public boolean incomplete() {
            return incomplete;
        }

        /** Unsubscribes; queued messages are dropped. Idempotent. */
        @Override
        public void close() {
            open = false;
            owner.subscribers.remove(this);
            queue.clear();
            queue.offer(END);
        }
    }

    /**
     * Builds a {@link Broadcaster}. Not thread-safe.
     */
    public static final class Builder {
        private int capacity = 1_000;
        private int replaySize = 1_000;

        private Builder() {
        }

        /**
         * Sets each subscriber's queue bound (default 1,000); a subscriber with a full queue is evicted.
         *
         * @param messages at least 1
         * @return this builder
         */
        public Builder queueCapacity(int messages) {
            this.capacity = Checks.atLeast(messages, 1, "queueCapacity");
            return this;
        }

        /**
         * Sets how many recent messages are kept for resume (default 1,000; 0 keeps none).
         *
         * @param messages zero or more
         * @return this builder
         */
        public Builder replaySize(int messages) {
            this.replaySize = Checks.atLeast(messages, 0, "replaySize");
            return this;
        }

        /**
         * Builds the broadcaster.
         *
         * @return the broadcaster
         */
        public Broadcaster build() {
            return new Broadcaster(this);
        }
    }
}
