package io.github.cxonesdk.benchmarks;

import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.engine.EvaluationResult;
import io.github.cxonesdk.eventbridge.engine.FilterEngine;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.event.ruler.Machine;

/**
 * The cxone local filter engine against aws event-ruler on the same filters and the same ~900-byte
 * events, both starting from UTF-8 bytes (event-ruler's API takes a String, so the conversion is
 * part of its measured operation). Throughput is events per second.
 *
 * <p>Run: {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar FilterEngineBenchmark}.
 *
 * <p>Not thread-safe; JMH gives each benchmark thread its own state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FilterEngineBenchmark {
    private static final long SEED = 20261122L;
    private static final int SAMPLE = 512;

    /** How many filters both engines hold. */
    @Param({"10", "1000"})
    public int filterCount;

    private FilterEngine engine;
    private Machine machine;
    private byte[][] events;
    private int cursor;
    /** Average matches per event, reported so readers can judge the workload. */
    private double matchesPerEvent;

    /**
     * Builds both engines from the same generated filters and fails when they disagree on any
     * sample event.
     *
     * @throws Exception if event-ruler rejects a rule or an event
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Map<String, FilterDefinition> filters = Workload.filters(filterCount, SEED);
        engine = FilterEngine.compile(filters);
        machine = Machine.builder().build();
        for (Map.Entry<String, FilterDefinition> filter : filters.entrySet()) {
            machine.addRule(filter.getKey(), Workload.rulerRule(filter.getValue()));
        }
        List<byte[]> sample = Workload.events(SAMPLE, SEED + 1);
        events = sample.toArray(new byte[0][]);
        long matches = 0;
        for (byte[] event : events) {
            List<String> ours = engine.evaluate(event).filterIds();
            List<String> theirs = machine.rulesForJSONEvent(new String(event, StandardCharsets.UTF_8));
            if (!new HashSet<>(ours).equals(new HashSet<>(theirs)) || ours.size() != theirs.size()) {
                throw new IllegalStateException("engines disagree on " + new String(event, StandardCharsets.UTF_8)
                        + ": cxone " + ours + " vs event-ruler " + theirs);
            }
            matches += ours.size();
        }
        matchesPerEvent = (double) matches / events.length;
        // benchmark output, not library code: JMH shows it in the run log
        System.out.printf("%n%d filters, %d sample events of %d bytes on average, %.2f matches per event%n",
                filterCount, events.length, totalBytes() / events.length, matchesPerEvent);
        if (filterCount >= 1000 && matches == 0) {
            throw new IllegalStateException("the workload matches nothing; the comparison would be meaningless");
        }
    }

    /**
     * Returns the average number of matching filters per sample event.
     *
     * @return matches per event
     */
    public double matchesPerEvent() {
        return matchesPerEvent;
    }

    private long totalBytes() {
        long total = 0;
        for (byte[] event : events) {
            total += event.length;
        }
        return total;
    }

    private byte[] next() {
        byte[] event = events[cursor];
        cursor = (cursor + 1) & (SAMPLE - 1);
        return event;
    }

    /**
     * Evaluates one event with the cxone engine.
     *
     * @return the matches, consumed by JMH
     */
    @Benchmark
    public EvaluationResult cxoneEngine() {
        return engine.evaluate(next());
    }

    /**
     * Evaluates one event with event-ruler.
     *
     * @return the matching rule names, consumed by JMH
     * @throws Exception if event-ruler fails to parse the event
     */
    @Benchmark
    public List<String> eventRuler() throws Exception {
        return machine.rulesForJSONEvent(new String(next(), StandardCharsets.UTF_8));
    }
}
