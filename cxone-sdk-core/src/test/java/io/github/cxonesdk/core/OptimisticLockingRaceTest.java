package io.github.cxonesdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ErrorDetails;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Writers racing for one resource, against an in-memory store that checks ETags like the service. */
class OptimisticLockingRaceTest {

    /** A versioned list; a write carries the ETag it read and takes a few ms in flight, like a PUT. */
    private static final class VersionedStore {
        private Versioned<List<String>> current = new Versioned<>(List.of(), "\"0\"");
        private final AtomicInteger conflicts = new AtomicInteger();

        synchronized Versioned<List<String>> read() {
            return current;
        }

        Versioned<List<String>> write(List<String> value, String etag) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // the request in flight (simulated latency)
            synchronized (this) {
                if (!current.etag().equals(etag)) {
                    conflicts.incrementAndGet();
                    throw new ResourceModifiedException("PUT /items failed: HTTP 412",
                            new ErrorDetails(412, "precondition_failed", null, null, null, null, 1));
                }
                int version = Integer.parseInt(etag.replace("\"", "")) + 1;
                current = new Versioned<>(List.copyOf(value), "\"" + version + "\"");
                return current;
            }
        }
    }

    @Test
    void eightRacingWriters_allSucceed_withTheDefaultAttempts() throws Exception {
        VersionedStore store = new VersionedStore();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Versioned<List<String>>>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String item = "writer-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return OptimisticLocking.update(store::read, store::write, list -> {
                        List<String> next = new ArrayList<>(list);
                        next.add(item);
                        return next;
                    });
                }));
            }
            start.countDown();
            for (Future<Versioned<List<String>>> result : results) {
                result.get(60, TimeUnit.SECONDS); // a hang guard only; throws if a writer gave up
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.read().value()).hasSize(writers).doesNotHaveDuplicates();
        assertThat(store.read().etag()).isEqualTo("\"" + writers + "\"");
        assertThat(store.conflicts).as("the writers did race").hasPositiveValue();
    }

    @Test
    void betweenConflicts_waitsTheJitteredBackoff_throughTheSleeper() {
        RecordingSleeper sleeper = new RecordingSleeper(null);
        AtomicInteger reads = new AtomicInteger();
        assertThatThrownBy(() -> OptimisticLocking.update(
                () -> new Versioned<>("v", "\"" + reads.incrementAndGet() + "\""),
                (value, etag) -> {
                    throw new ResourceModifiedException("conflict " + etag,
                            new ErrorDetails(409, null, null, null, null, null, 1));
                },
                v -> v, 4, Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)), sleeper))
                .isInstanceOfSatisfying(ResourceModifiedException.class, e -> {
                    assertThat(e.getMessage()).contains("after 4 read-modify-write attempts");
                    assertThat(e.getCause()).isInstanceOf(ResourceModifiedException.class)
                            .hasMessage("conflict \"4\"");
                    assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                            .containsExactly("conflict \"1\"", "conflict \"2\"", "conflict \"3\"");
                });
        List<Duration> sleeps = sleeper.sleeps();
        assertThat(sleeps).hasSize(3); // none after the last attempt
        long[] ceilings = {100, 200, 400};
        for (int i = 0; i < sleeps.size(); i++) {
            assertThat(sleeps.get(i)).isBetween(Duration.ZERO, Duration.ofMillis(ceilings[i]));
        }
    }

    @Test
    void manyConflicts_keepABoundedNumberOfSuppressedOnes() {
        assertThatThrownBy(() -> OptimisticLocking.update(
                () -> new Versioned<>("v", "\"1\""),
                (value, etag) -> {
                    throw new ResourceModifiedException("conflict",
                            new ErrorDetails(409, null, null, null, null, null, 1));
                },
                v -> v, 1_000, Backoff.exponential(Duration.ZERO, Duration.ZERO), new RecordingSleeper(null)))
                .isInstanceOfSatisfying(ResourceModifiedException.class, e -> {
                    assertThat(e.getCause()).isNotNull();
                    assertThat(e.getSuppressed()).hasSizeLessThanOrEqualTo(8);
                });
    }
}
