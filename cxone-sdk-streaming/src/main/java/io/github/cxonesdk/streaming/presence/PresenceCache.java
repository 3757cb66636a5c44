package io.github.cxonesdk.streaming.presence;

import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.internal.IsoInstant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Per-user presence state fed by the presence stream's deltas, which may arrive out of order: an
 * update replaces a user's state only when its {@code sequence} is newer, so any arrival order
 * converges to the in-order state. Fields a dashboard does not show ({@link Builder#ignoreFields}) are
 * dropped, and a change of ignored fields alone notifies nobody. Changes are coalesced per user: the
 * first change opens a window ({@link Builder#coalesceWindow}, 100 ms by default) and listeners get the
 * user's latest state once when it ends.
 *
 * <pre>{@code
 * PresenceCache cache = PresenceCache.builder().ignoreFields(Set.of("wrapUpCode")).build();
 * stream.start(cache::accept);                      // a StreamClient on StreamProtocols.presence(userIds)
 * cache.subscribe(listener);                        // snapshot first, then coalesced updates
 * }</pre>
 *
 * <p>This class is thread-safe. It owns a daemon timer thread {@code cxone-presence-N} unless built with
 * {@link Builder#manualFlush()}; {@link #close()} stops it.
 */
public final class PresenceCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PresenceCache.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final int MAX_USERS = 1_000_000;

    private final Duration window;
    private final Set<String> ignored;
    private final Clock clock;
    private final Map<String, AgentPresence> users = new LinkedHashMap<>();
    private final Map<String, Instant> dirtySince = new LinkedHashMap<>();
    private final List<PresenceListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicLong stale = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    private PresenceCache(Builder b) {
        this.window = b.window;
        this.ignored = Set.copyOf(b.ignored);
        this.clock = b.clock;
        if (b.manual) {
            timer = null;
        } else {
            int id = IDS.incrementAndGet();
            timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "cxone-presence-" + id);
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(5, window.toMillis() / 4);
            timer.scheduleWithFixedDelay(this::flushDue, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Starts building a cache.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Applies one {@code presence.update} message (as delivered by a presence {@link
     * io.github.cxonesdk.streaming.StreamClient}). Older or repeated sequences are ignored and counted;
     * unreadable messages are counted and skipped.
     *
     * @param update the update
     */
    public void accept(StreamEvent update) {
        JsonNode message;
        try {
            message = CxoneJson.mapper().readTree(update.json());
        } catch (JacksonException e) {
            malformed.incrementAndGet();
            return;
        }
        JsonNode payload = message.path("payload");
        String user = payload.path("userId").isString() ? payload.path("userId").asString() : null;
        if (user == null || !payload.isObject() || !message.path("sequence").isIntegralNumber()) {
            malformed.incrementAndGet();
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : payload.properties()) {
            if (!e.getKey().equals("userId") && !ignored.contains(e.getKey())) {
                fields.put(e.getKey(), CxoneJson.mapper().convertValue(e.getValue(), Object.class));
            }
        }
        String ts = message.path("timestamp").asString(null);
        long millis = ts == null ? IsoInstant.INVALID : IsoInstant.parseMillis(ts);
        apply(new AgentPresence(user, message.path("sequence").asLong(), millis == IsoInstant.INVALID ? null
                : Instant.ofEpochMilli(millis), fields));
    }

    /**
     * Applies one state directly (for sources other than the presence stream, e.g. a poller).
     *
     * @param presence the state; ignored unless its sequence is newer than the held one
     */
    public synchronized void apply(AgentPresence presence) {
        AgentPresence current = users.get(presence.userId());
        if (current != null && presence.sequence() <= current.sequence()) {
            stale.incrementAndGet();
            return;
        }
        if (current == null && users.size() >= MAX_USERS) {
            LOG.warn("presence cache full ({} users); update for a new user skipped", MAX_USERS);
            malformed.incrementAndGet();
            return;
        }
        Map<String, Object> visible = presence.fields();
        if (!ignored.isEmpty()) {
            visible = new LinkedHashMap<>(visible);
            visible.keySet().removeAll(ignored);
        }
        AgentPresence next = new AgentPresence(presence.userId(), presence.sequence(), presence.timestamp(), visible);
        users.put(next.userId(), next);
        if (current == null || !current.fields().equals(next.fields())) {
            dirtySince.putIfAbsent(next.userId(), clock.instant());
        }
    }

    /**
     * Sends the users whose coalescing window has ended to the listeners. The timer thread calls it;
     * with {@link Builder#manualFlush()} the caller does.
     */
    public void flushDue() {
        Instant limit = clock.instant().minus(window);
        List<AgentPresence> due = new java.util.ArrayList<>();
        synchronized (this) {
            var it = dirtySince.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Instant> e = it.next();
                if (!e.getValue().isAfter(limit)) {
                    due.add(users.get(e.getKey()));
                    it.remove();
                }
            }
            for (AgentPresence p : due) {
                for (PresenceListener l : listeners) {
                    try {
                        l.onUpdate(p);
                    } catch (RuntimeException ex) {
                        LOG.warn("presence listener failed", ex);
                    }
                }
            }
        }
    }

    /**
     * Subscribes a listener: it gets the snapshot now (on this thread), then every coalesced update.
     * Nothing is lost or repeated between the two.
     *
     * @param listener the listener
     * @return a handle whose {@code close()} unsubscribes
     */
    public synchronized AutoCloseable subscribe(PresenceListener listener) {
        Objects.requireNonNull(listener, "listener == null");
        listener.onSnapshot(snapshot());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Returns every user's current state.
     *
     * @return an unmodifiable copy by user id
     */
    public synchronized Map<String, AgentPresence> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(users));
    }

    /**
     * Returns how many updates were ignored because their sequence was not newer.
     *
     * @return the count
     */
    public long staleUpdates() {
        return stale.get();
    }

    /**
     * Returns how many updates could not be read.
     *
     * @return the count
     */
    public long malformedUpdates() {
        return malformed.get();
    }

    /** Stops the timer thread; the state stays readable. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /**
     * Builds a {@link PresenceCache}. Not thread-safe.
     */
    public static final class Builder {
        private Duration window = Duration.ofMillis(100);
        private Set<String> ignored = Set.of();
        private Clock clock = Clock.systemUTC();
        private boolean manual;

        private Builder() {
        }

        /**
         * Sets the coalescing window per user (default 100 ms).
         *
         * @param window zero (no coalescing beyond the flush period) or more
         * @return this builder
         */
        public Builder coalesceWindow(Duration window) {
            this.window = Checks.nonNegative(window, "coalesceWindow");
            return this;
        }

        /**
         * Drops these payload fields (e.g. {@code wrapUpCode}) from the state; a change in them alone
         * notifies nobody.
         *
         * @param fields field names
         * @return this builder
         */
        public Builder ignoreFields(Set<String> fields) {
            this.ignored = Set.copyOf(fields);
            return this;
        }

        /**
         * Sets the clock of the coalescing windows (default system UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Starts no timer thread: the caller calls {@link PresenceCache#flushDue()} (tests, or an
         * application with its own scheduler).
         *
         * @return this builder
         */
        public Builder manualFlush() {
            this.manual = true;
            return this;
        }

        /**
         * Builds the cache.
         *
         * @return the cache
         */
        public PresenceCache build() {
            return new PresenceCache(this);
        }
    }
}
