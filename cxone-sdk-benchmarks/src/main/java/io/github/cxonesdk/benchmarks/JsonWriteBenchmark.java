package io.github.cxonesdk.benchmarks;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.internal.JsonBytesWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * The schema module's {@code JsonBytesWriter} against {@code CxoneJson.mapper().writeValueAsBytes}
 * on the tree {@link MappingBenchmark}'s transform outputs (~250 bytes: ten fields, one nested
 * object, {@code DecimalNode} and {@code IntNode} numbers as the mapper reads them). Both write
 * compact UTF-8; the setup checks the bytes are identical.
 *
 * <p>Run: {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar JsonWriteBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonWriteBenchmark {
    static final String OUTPUT = """
            {"contactId":"c-8f14e45fceea167a5a36dedd4bea2543","agentId":"ada.lovelace@example.com",\
            "durationSeconds":183.5,"skill":"BILLING_TIER2","customerName":"Grace Hopper",\
            "customer":{"level":"platinum"},"queueId":"q-42","queueName":"billing-emea","waitSeconds":12.5,\
            "schemaVersion":2}""";

    private JsonNode tree;

    /**
     * Reads the tree and checks both writers agree.
     */
    @Setup(Level.Trial)
    public void setUp() {
        tree = CxoneJson.mapper().readTree(OUTPUT);
        byte[] ours = JsonBytesWriter.write(tree);
        byte[] theirs = CxoneJson.mapper().writeValueAsBytes(tree);
        if (!Arrays.equals(ours, theirs)) {
            throw new IllegalStateException("writers differ:\n ours   " + new String(ours, StandardCharsets.UTF_8)
                    + "\n theirs " + new String(theirs, StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes with {@code JsonBytesWriter}.
     *
     * @return the JSON bytes
     */
    @Benchmark
    public byte[] jsonBytesWriter() {
        return JsonBytesWriter.write(tree);
    }

    /**
     * Writes with the shared Jackson mapper.
     *
     * @return the JSON bytes
     */
    @Benchmark
    public byte[] jacksonMapper() {
        return CxoneJson.mapper().writeValueAsBytes(tree);
    }
}
