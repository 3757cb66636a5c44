package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.spi.RateLimiter;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** executeAsync runs on a bounded pool: a burst queues instead of creating a thread per call. */
class CxoneHttpAsyncPoolTest extends WireMockSupport {

    /** A client-side throttle that holds every call until released, recording the threads it held. */
    private static final class HeldThrottle implements RateLimiter {
        private final CountDownLatch release = new CountDownLatch(1);
        private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        private final AtomicInteger waiting = new AtomicInteger();

        @Override
        public void acquire() throws InterruptedException {
            threads.add(Thread.currentThread());
            waiting.incrementAndGet();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) { // a hang guard only
                    throw new IllegalStateException("never released");
                }
            } finally {
                waiting.decrementAndGet();
            }
        }
    }

    @Test
    void aBurstOfAThousandThrottledCalls_usesAtMostTheBoundOfThreads_andCompletesThemAll() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(okJson("{}")));
        HeldThrottle throttle = new HeldThrottle();
        List<CompletableFuture<CxoneResponse<Void>>> calls = new ArrayList<>();
        try (CxoneHttp http = http(RetryPolicy.defaults()).rateLimiter(throttle).build()) {
            for (int i = 0; i < 1_000; i++) {
                calls.add(http.executeAsync(CxoneRequest.get("/r").build(), Void.class));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> throttle.waiting.get() == CxoneHttp.DEFAULT_ASYNC_THREADS);
            // every thread is held; the other 984 calls wait in the queue instead of getting a thread each
            assertThat(throttle.threads).hasSize(CxoneHttp.DEFAULT_ASYNC_THREADS);
            throttle.release.countDown();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).orTimeout(120, TimeUnit.SECONDS).join();
        }
        assertThat(throttle.threads).hasSize(CxoneHttp.DEFAULT_ASYNC_THREADS).allSatisfy(t -> {
            assertThat(t.getName()).matches("cxone-http-async-\\d+");
            assertThat(t.isDaemon()).isTrue();
        });
        wm.verify(1_000, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void aCallBeyondTheQueue_failsItsFuture_neverDroppedSilently() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(okJson("{}")));
        HeldThrottle throttle = new HeldThrottle();
        try (CxoneHttp http = http(RetryPolicy.defaults()).rateLimiter(throttle).asyncPool(1, 1).build()) {
            CompletableFuture<CxoneResponse<Void>> running = http.executeAsync(CxoneRequest.get("/r").build(), Void.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> throttle.waiting.get() == 1);
            CompletableFuture<CxoneResponse<Void>> queued = http.executeAsync(CxoneRequest.get("/r").build(), Void.class);
            CompletableFuture<CxoneResponse<Void>> rejected = http.executeAsync(
                    CxoneRequest.get("/r").operation("GetR").build(), Void.class);

            assertThat(rejected).isCompletedExceptionally();
            assertThat(catchCompletion(rejected)).isInstanceOf(CxoneClientException.class)
                    .hasMessageContaining("GetR").hasMessageContaining("queue is full")
                    .hasCauseInstanceOf(RejectedExecutionException.class);

            throttle.release.countDown();
            assertThat(running.orTimeout(60, TimeUnit.SECONDS).join().status()).isEqualTo(200);
            assertThat(queued.orTimeout(60, TimeUnit.SECONDS).join().status()).isEqualTo(200);
        }
        wm.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    private static Throwable catchCompletion(CompletableFuture<?> future) {
        try {
            future.join();
            throw new AssertionError("completed normally");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}
