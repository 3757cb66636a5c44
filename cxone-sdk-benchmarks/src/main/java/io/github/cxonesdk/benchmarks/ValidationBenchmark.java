package io.github.cxonesdk.benchmarks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.CompiledSchema;
import io.github.cxonesdk.schema.PayloadValidator;
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
 * The overhead of {@link PayloadValidator} over calling networknt json-schema-validator directly,
 * on the ~1 KB payload of {@link MappingBenchmark} and a schema of its fields: through a held
 * {@link CompiledSchema}, and through {@link PayloadValidator#validate(JsonNode, JsonNode)}, which
 * also looks the schema up in the compile cache.
 *
 * <p>Run: {@code java -jar cxone-sdk-benchmarks/target/benchmarks.jar ValidationBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {
    static final String SCHEMA = """
            {"type": "object", "required": ["contactId", "agentEmail", "callDuration"],
             "properties": {
               "contactId": {"type": "string", "minLength": 1}, "agentEmail": {"type": "string", "maxLength": 254},
               "callDuration": {"type": "integer", "minimum": 0}, "skill": {"type": "string"}, "wait": {"type": "integer"},
               "customer": {"type": "object", "properties": {"name": {"type": "string"}, "tier": {"enum": ["gold", "platinum"]}}},
               "queue": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
               "context": {"type": "object", "properties": {"ivrPath": {"type": "array", "items": {"type": "string"}},
                 "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}}},
               "metrics": {"type": "object", "additionalProperties": {"type": "number"}}}}""";

    private JsonNode schemaNode;
    private JsonNode payload;
    private Schema direct;
    private CompiledSchema compiled;
    private PayloadValidator validator;

    /** Compiles the schema both ways and checks both accept the payload. */
    @Setup(Level.Trial)
    public void setUp() {
        schemaNode = CxoneJson.mapper().readTree(SCHEMA);
        payload = CxoneJson.mapper().readTree(MappingBenchmark.PAYLOAD);
        direct = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);
        validator = PayloadValidator.create();
        compiled = validator.compile(schemaNode);
        if (!direct.validate(payload).isEmpty() || !compiled.validate(payload).valid()) {
            throw new IllegalStateException("payload should be valid");
        }
    }

    /**
     * networknt directly.
     *
     * @return the errors
     */
    @Benchmark
    public Object networkntDirect() {
        return direct.validate(payload);
    }

    /**
     * Through a held {@link CompiledSchema}.
     *
     * @return the result
     */
    @Benchmark
    public Object compiledSchema() {
        return compiled.validate(payload);
    }

    /**
     * Through {@link PayloadValidator#validate(JsonNode, JsonNode)} (cache lookup included).
     *
     * @return the result
     */
    @Benchmark
    public Object payloadValidatorWithCacheLookup() {
        return validator.validate(schemaNode, payload);
    }
}
