package io.github.cxonesdk.testkit.internal.stream;

import io.github.cxonesdk.testkit.internal.FaultInjector;
import io.github.cxonesdk.testkit.internal.Json;
import io.github.cxonesdk.testkit.internal.Tokens;
import io.github.cxonesdk.testkit.internal.socket.StreamSocket;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.websocket.api.StatusCode;

/** What a stream hub shares with its sockets: settings, scheduler, faults and the open sockets. */
public abstract class StreamContext {
    private static final long SLOW_CONSUMER_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Clock clock;
    private final Duration heartbeatInterval;
    private final ScheduledExecutorService scheduler;
    private final FaultInjector faults;
    private final Set<StreamSocket> open = ConcurrentHashMap.newKeySet();

    protected StreamContext(Clock clock, Duration heartbeatInterval, ScheduledExecutorService scheduler,
                            FaultInjector faults) {
        this.clock = clock;
        this.heartbeatInterval = heartbeatInterval;
        this.scheduler = scheduler;
        this.faults = faults;
    }

    public Clock clock() {
        return clock;
    }

    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    public FaultInjector faults() {
        return faults;
    }

    public void register(StreamSocket socket) {
        open.add(socket);
    }

    public void unregister(StreamSocket socket) {
        open.remove(socket);
        onClosed(socket);
    }

    /** Called when a socket closed; hubs drop it from their subscriber lists. */
    protected abstract void onClosed(StreamSocket socket);

    /** Closes every socket whose token has expired. */
    public void closeExpired() {
        for (StreamSocket socket : open) {
            if (socket.token().expired(clock)) {
                socket.close(StatusCode.POLICY_VIOLATION, "token expired");
            }
        }
    }

    public void closeAll() {
        open.forEach(s -> s.close(StatusCode.SHUTDOWN, "simulator stopping"));
    }

    /**
     * Waits while a subscriber's queue is above the high-water mark, so a fast publisher goes at
     * the speed of the slowest socket; a socket stuck for 10 s is closed as a slow consumer.
     */
    protected void awaitCapacity(Iterable<? extends StreamSocket> sockets) {
        for (StreamSocket socket : sockets) {
            long start = System.nanoTime();
            while (socket.isOpen() && socket.queued() > StreamSocket.HIGH_WATER
                    && !Thread.currentThread().isInterrupted()) {
                if (System.nanoTime() - start > SLOW_CONSUMER_NANOS) {
                    socket.close(StatusCode.POLICY_VIOLATION, "slow consumer");
                    break;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
    }
}
