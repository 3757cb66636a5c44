package io.github.cxonesdk.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.schema.internal.BudgetedRegexFactory;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON payloads against JSON Schemas with networknt json-schema-validator. Draft 7 is the
 * default dialect; a schema's {@code $schema} keyword selects another one. Each distinct schema is
 * compiled once and kept in a bounded least-recently-used cache; every violation carries the JSON
 * Pointer of the payload location it concerns. {@code format} is asserted, not only annotated.
 *
 * <p>{@code pattern} and {@code patternProperties} run on a step budget that grows with the value's
 * length: a value that drives a pattern into catastrophic backtracking is a violation, not a hung
 * thread. Remote {@code $ref}s are never fetched unless their prefix was mapped with
 * {@link Builder#schemaSource(String, URI)}, so a payload schema cannot make the process call
 * arbitrary hosts.
 *
 * <pre>{@code
 * PayloadValidator validator = PayloadValidator.create();
 * ValidationResult result = validator.validate(schema, payload);
 * result.violations().forEach(v -> log.warn("{}: {}", v.path(), v.message()));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class PayloadValidator {
    /** The default number of compiled schemas kept. */
    public static final int DEFAULT_CACHE_SIZE = 256;

    private final SchemaRegistry registry;
    private final int cacheSize;
    private final Map<JsonNode, CompiledSchema> cache;

    private PayloadValidator(Builder b) {
        this.cacheSize = b.cacheSize;
        this.cache = new LinkedHashMap<>(16, 0.75f, true);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(b.formatAssertions)
                .regularExpressionFactory(BudgetedRegexFactory.instance())
                .build();
        Map<String, String> prefixes = Map.copyOf(b.prefixes);
        this.registry = SchemaRegistry.withDefaultDialect(b.dialect.version(), rb -> rb
                .schemaRegistryConfig(config)
                .schemaLoader(lb -> {
                    prefixes.forEach((from, to) -> lb.schemaIdResolvers(r -> r.mapPrefix(from, to)));
                    if (!prefixes.isEmpty()) {
                        lb.fetchRemoteResources().allow(iri -> mapped(iri, prefixes));
                    }
                }));
    }

    private static boolean mapped(AbsoluteIri iri, Map<String, String> prefixes) {
        String text = iri.toString();
        if (text.startsWith("http://json-schema.org/") || text.startsWith("https://json-schema.org/")) {
            return true; // the draft meta-schemas, served from networknt's class path
        }
        return prefixes.entrySet().stream().anyMatch(e -> text.startsWith(e.getKey()) || text.startsWith(e.getValue()))
                || !(text.startsWith("http:") || text.startsWith("https:"));
    }

    /**
     * Returns a validator with the defaults: draft 7, format assertions on, no remote references,
     * {@value #DEFAULT_CACHE_SIZE} cached schemas.
     *
     * @return the validator
     */
    public static PayloadValidator create() {
        return builder().build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compiles a schema, or returns the cached compilation of an equal schema.
     *
     * @param schema the JSON Schema; copied, so later changes to the tree do not affect the result
     * @return the compiled schema
     * @throws ModelValidationException if the schema is not a usable JSON Schema
     */
    public CompiledSchema compile(JsonNode schema) {
        Objects.requireNonNull(schema, "schema == null");
        synchronized (cache) {
            CompiledSchema hit = cache.get(schema);
            if (hit != null) {
                return hit;
            }
        }
        JsonNode copy = schema.deepCopy();
        CompiledSchema compiled = new CompiledSchema(load(copy));
        synchronized (cache) {
            cache.putIfAbsent(copy, compiled);
            if (cache.size() > cacheSize) {
                cache.remove(cache.keySet().iterator().next());
            }
        }
        return compiled;
    }

    /**
     * Validates a payload against a schema (compiled once, then served from the cache).
     *
     * @param schema the JSON Schema
     * @param payload the payload
     * @return every violation with its payload location
     * @throws ModelValidationException if the schema is not a usable JSON Schema
     */
    public ValidationResult validate(JsonNode schema, JsonNode payload) {
        return compile(schema).validate(payload);
    }

    private Schema load(JsonNode schema) {
        try {
            return registry.getSchema(schema);
        } catch (SchemaException e) {
            throw invalidSchema(e);
        }
    }

    static ModelValidationException invalidSchema(SchemaException e) {
        String where = e.getError() == null || e.getError().getSchemaLocation() == null
                ? "" : e.getError().getSchemaLocation().toString();
        return new ModelValidationException("JSON Schema",
                List.of(new Violation(Redaction.text(where), Redaction.text(e.getMessage()))), e);
    }

    /**
     * Builds a {@link PayloadValidator}.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private SchemaDialect dialect = SchemaDialect.DRAFT_7;
        private int cacheSize = DEFAULT_CACHE_SIZE;
        private boolean formatAssertions = true;
        private final Map<String, String> prefixes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the dialect for schemas without {@code $schema}.
         *
         * @param v the dialect; default {@link SchemaDialect#DRAFT_7}
         * @return this builder
         */
        public Builder defaultDialect(SchemaDialect v) {
            this.dialect = Objects.requireNonNull(v, "defaultDialect == null");
            return this;
        }

        /**
         * Sets how many compiled schemas are kept (least recently used are dropped first).
         *
         * @param v at least 1; default {@value PayloadValidator#DEFAULT_CACHE_SIZE}
         * @return this builder
         */
        public Builder cacheSize(int v) {
            this.cacheSize = Checks.atLeast(v, 1, "cacheSize");
            return this;
        }

        /**
         * Sets whether {@code format} is asserted (a payload with {@code "format": "email"} and a
         * non-email string fails) or only annotated.
         *
         * @param v default {@code true}
         * @return this builder
         */
        public Builder formatAssertions(boolean v) {
            this.formatAssertions = v;
            return this;
        }

        /**
         * Resolves references whose IRI starts with {@code prefix} from {@code location} instead
         * (for example {@code http://schemas.example.com/} to a directory or a local server).
         * Only mapped prefixes are ever fetched.
         *
         * @param prefix the IRI prefix as schemas write it
         * @param location where documents under that prefix are read from ({@code file:},
         *     {@code http:}, {@code https:} or {@code classpath:})
         * @return this builder
         */
        public Builder schemaSource(String prefix, URI location) {
            Checks.notBlank(prefix, "prefix");
            Objects.requireNonNull(location, "location == null");
            prefixes.put(prefix, location.toString());
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         */
        public PayloadValidator build() {
            return new PayloadValidator(this);
        }
    }
}
