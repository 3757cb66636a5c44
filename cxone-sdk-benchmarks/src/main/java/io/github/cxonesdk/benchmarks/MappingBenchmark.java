package io.github.cxonesdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.Parser;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRules;
import java.nio.charset.StandardCharsets;
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
 * event, 10 rules (copies, nested reads and writes, lowercase/uppercase, two divisions, one
 * constant). Both take a parsed tree and build a new tree (Jackson 3 for ours, Jackson 2 for JSLT);
 * the setup checks both produce the same JSON.
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

    /**
     * Compiles both transforms and checks they agree.
     *
     * @throws Exception if JSLT or Jackson 2 fail to parse
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = MappingEngine.builder(MappingRules.fromJson(RULES)).build();
        jslt = Parser.compileString(JSLT);
        payload = CxoneJson.mapper().readTree(PAYLOAD);
        ObjectMapper jackson2 = new ObjectMapper();
        payload2 = jackson2.readTree(PAYLOAD);
        String ours = engine.map(payload).toString();
        String theirs = jslt.apply(payload2).toString();
        if (!CxoneJson.mapper().readTree(ours).equals(CxoneJson.mapper().readTree(theirs))) {
            throw new IllegalStateException("transforms differ:\n ours   " + ours + "\n theirs " + theirs);
        }
        int size = payload.toString().getBytes(StandardCharsets.UTF_8).length;
        if (size < 950 || size > 1_200) {
            throw new IllegalStateException("payload should be about 1 KB, is " + size + " bytes");
        }
    }

    /**
     * Maps with the cxone engine.
     *
     * @return the mapped tree
     */
    @Benchmark
    public Object cxoneMappingEngine() {
        return engine.map(payload);
    }

    /**
     * Maps with JSLT.
     *
     * @return the mapped tree
     */
    @Benchmark
    public Object jslt() {
        return jslt.apply(payload2);
    }
}
