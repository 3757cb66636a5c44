package io.github.cxonesdk.benchmarks;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Receive rate of {@link StreamClient} from the simulator over loopback: the simulator holds
 * {@value #EVENTS} events in its resume history, and one operation is a fresh client replaying all of
 * them ({@code resumeAfter(0)}), through the socket, decoding, sequencing, de-duplication and
 * delivery to a handler. Replay takes event generation out of the measurement; the simulator's send
 * path and the client share the machine. The score is messages per second.
 *
 * <p>Run: {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar StreamReceiveBenchmark}.
 *
 * <p>Not thread-safe; JMH gives each thread its own state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamReceiveBenchmark {
    static final int EVENTS = 100_000;
    private CxoneSimulator sim;
    private TokenProvider tokens;
    private CxoneConfig config;

    /** Starts the simulator and fills its history. */
    @Setup(Level.Trial)
    public void setUp() {
        sim = CxoneSimulator.builder().historySize(EVENTS).recordLimit(0).build().start();
        config = CxoneConfig.fromEnvironment(sim.environment());
        tokens = TokenProviders.fromConfig(config);
        sim.workload().emit(EVENTS);
    }

    /** Stops the simulator. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /**
     * Replays every held event through a new client.
     *
     * @return the count received
     * @throws InterruptedException when interrupted
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long receive() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong count = new AtomicLong();
        try (StreamClient client = StreamClient.builder(config.eventStreamUrl(),
                StreamProtocols.events("interaction.completed"), tokens).resumeAfter(0).bufferSize(4_096)
                .dedupCapacity(10_000).build()) {
            client.start(e -> {
                if (count.incrementAndGet() == EVENTS) {
                    done.countDown();
                }
            });
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("received only " + count.get());
            }
        }
        return count.get();
    }
}
