package io.github.cxonesdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.Parser;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.internal.FieldPath;
import io.github.cxonesdk.schema.internal.JsonScanner;
import io.github.cxonesdk.schema.internal.SourcePlan;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRules;
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
 * {@link MappingEngine} against Schibsted JSLT 0.1.14 on the same transform: a ~1 KB Data Action
 * event (983 bytes, compact), 10 rules (copies, nested reads and writes, lowercase/uppercase, two
 * divisions, one constant).
 * <ul>
 *   <li>End to end, the way events arrive and leave: {@code cxoneBytes} maps UTF-8 JSON to UTF-8 JSON
 *       with {@link MappingEngine#map(byte[])}; {@code jsltBytes} parses the same bytes with Jackson 2,
 *       applies the JSLT expression and writes the result.</li>
 *   <li>Tree to tree, JSLT's own interface: {@code cxoneMappingEngine} and {@code jslt} start from a parsed
 *       tree and build a new one.</li>
 *   <li>{@code cxoneValidateOnly}: only the validating pass over the bytes that {@code cxoneBytes} makes,
 *       the floor of the end-to-end figure; {@code cxoneFindValues}: that pass finding the values the
 *       rules read, everything {@code cxoneBytes} does but write the output.</li>
 * </ul>
 * The setup fails unless all four produce the same JSON, and the byte route the same bytes as the tree route serialised.
 *
 * <p>Run: {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar MappingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MappingBenchmark {
    static final String RULES = """
            {"rules": [
              {"source": "contactId", "target": "contactId"},
              {"source": "agentEmail", "target": "agentId", "transform": "lowercase"},
              {"source": "callDuration", "target": "durationSeconds", "transform": "divide", "args": [1000]},
              {"source": "skill", "target": "skill", "transform": "uppercase"},
              {"source": "customer.name", "target": "customerName"},
              {"source": "customer.tier", "target": "customer.level"},
              {"source": "queue.id", "target": "queueId"},
              {"source": "queue.name", "target": "queueName", "transform": "lowercase"},
              {"source": "wait", "target": "waitSeconds", "transform": "divide", "args": [1000]},
              {"target": "schemaVersion", "constant": 2}
            ]}""";

    static final String JSLT = """
            {"contactId": .contactId, "agentId": lowercase(.agentEmail), "durationSeconds": .callDuration / 1000,
             "skill": uppercase(.skill), "customerName": .customer.name, "customer": {"level": .customer.tier},
             "queueId": .queue.id, "queueName": lowercase(.queue.name), "waitSeconds": .wait / 1000, "schemaVersion": 2}""";

    static final String PAYLOAD = """
            {"contactId": "c-8f14e45fceea167a5a36dedd4bea2543", "agentEmail": "Ada.Lovelace@Example.com",
             "callDuration": 183500, "skill": "billing_tier2", "wait": 12500,
             "customer": {"name": "Grace Hopper", "tier": "platinum", "phone": "+1-202-555-0143", "language": "en-US"},
             "queue": {"id": "q-42", "name": "Billing-EMEA", "region": "eu-west-1"},
             "context": {"campaign": "autumn-retention", "channel": "voice", "direction": "inbound",
               "ivrPath": ["main", "billing", "disputes", "agent"], "tags": ["vip", "callback-requested", "escalated"],
               "notes": "Customer asked about a duplicated charge on the last invoice and requested a callback tomorrow morning."},
             "metrics": {"holdTime": 4200, "talkTime": 150000, "wrapTime": 9000, "transfers": 1, "sentiment": 0.72},
             "device": {"ani": "+12025550143", "dnis": "+18005550100", "trunk": "sip-trunk-7", "codec": "opus"},
             "attributes": {"accountId": "acct-000193847", "invoice": "INV-2026-11-0042", "amount": 129.90, "currency": "EUR",
               "disputeReason": "duplicate charge", "priorContacts": 2, "lastContact": "2026-11-27T16:42:00Z"}}""";

    private MappingEngine engine;
    private Expression jslt;
    private JsonNode payload;
    private com.fasterxml.jackson.databind.JsonNode payload2;
    private byte[] bytes;
    private ObjectMapper jackson2;
    private SourcePlan plan;

    /**
     * Compiles both transforms and checks they agree on every route.
     *
     * @throws Exception if JSLT or Jackson 2 fail to parse
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = MappingEngine.builder(MappingRules.fromJson(RULES)).build();
        jslt = Parser.compileString(JSLT);
        plan = SourcePlan.of(MappingRules.fromJson(RULES).rules().stream()
                .filter(r -> r.source() != null).map(r -> FieldPath.parse(r.source())).toList());
        payload = CxoneJson.mapper().readTree(PAYLOAD);
        jackson2 = new ObjectMapper();
        payload2 = jackson2.readTree(PAYLOAD);
        bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 950 || bytes.length > 1_200) {
            throw new IllegalStateException("payload should be about 1 KB, is " + bytes.length + " bytes");
        }
        JsonNode ours = engine.map(payload);
        JsonNode theirs = CxoneJson.mapper().readTree(jslt.apply(payload2).toString());
        JsonNode oursFromBytes = CxoneJson.mapper().readTree(cxoneBytes());
        JsonNode theirsFromBytes = CxoneJson.mapper().readTree(jsltBytes());
        if (!ours.equals(theirs) || !ours.equals(oursFromBytes) || !ours.equals(theirsFromBytes)) {
            throw new IllegalStateException("transforms differ:\n ours   " + ours + "\n theirs " + theirs
                    + "\n ours from bytes " + oursFromBytes + "\n theirs from bytes " + theirsFromBytes);
        }
        if (!Arrays.equals(cxoneBytes(), CxoneJson.mapper().writeValueAsBytes(ours))) {
            throw new IllegalStateException("map(byte[]) differs from the tree route serialised");
        }
    }

    /**
     * Maps UTF-8 JSON to UTF-8 JSON with the cxone engine.
     *
     * @return the mapped payload
     */
    @Benchmark
    public byte[] cxoneBytes() {
        return engine.map(bytes);
    }

    /**
     * Parses with Jackson 2, maps with JSLT, writes with Jackson 2.
     *
     * @return the mapped payload
     * @throws Exception if Jackson fails
     */
    @Benchmark
    public byte[] jsltBytes() throws Exception {
        return jackson2.writeValueAsBytes(jslt.apply(jackson2.readTree(bytes)));
    }

    /**
     * Only validates the payload bytes, as {@link #cxoneBytes()} does before it maps.
     *
     * @return the payload
     */
    @Benchmark
    public byte[] cxoneValidateOnly() {
        JsonScanner.validate(bytes);
        return bytes;
    }

    /**
     * Validates the payload and finds the values the rules read, as {@link #cxoneBytes()} does
     * before it writes the output: the difference to {@link #cxoneValidateOnly()} is the cost of
     * finding them, the difference to {@link #cxoneBytes()} the cost of writing.
     *
     * @return where the values are
     */
    @Benchmark
    public int[] cxoneFindValues() {
        return plan.scan(bytes);
    }

    /**
     * Maps a parsed tree with the cxone engine.
     *
     * @return the mapped tree
     */
    @Benchmark
    public Object cxoneMappingEngine() {
        return engine.map(payload);
    }

    /**
     * Maps a parsed tree with JSLT.
     *
     * @return the mapped tree
     */
    @Benchmark
    public Object jslt() {
        return jslt.apply(payload2);
    }
}
