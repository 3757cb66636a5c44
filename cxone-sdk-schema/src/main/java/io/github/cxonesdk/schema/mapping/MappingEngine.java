package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.CompiledSchema;
import io.github.cxonesdk.schema.PayloadValidator;
import io.github.cxonesdk.schema.internal.FieldPath;
import io.github.cxonesdk.schema.internal.JsonBytesWriter;
import io.github.cxonesdk.schema.internal.JsonScanner;
import io.github.cxonesdk.schema.internal.PassThrough;
import io.github.cxonesdk.schema.internal.SourcePlan;
import io.github.cxonesdk.schema.internal.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps payloads from one shape to another with {@link MappingRules}, compiled once: paths are parsed
 * and transforms looked up when the engine is built, so a bad rule fails then, not on the first
 * payload. Unmapped source fields are dropped unless {@link Builder#passThroughUnmapped(boolean)}
 * is on; {@code null} and empty values follow explicit {@link ValuePolicy}s; in strict mode a
 * missing source is an error naming its path; the result can be validated against the target schema.
 *
 * <pre>{@code
 * MappingEngine v1ToV2 = MappingEngine.builder(MappingRules.fromYaml(yaml))
 *         .strict(true)
 *         .passThroughUnmapped(true)
 *         .targetSchema(v2Schema)
 *         .build();
 * JsonNode v2 = v1ToV2.map(v1Payload);
 * byte[] v2Json = v1ToV2.map(v1JsonBytes);   // the same, UTF-8 to UTF-8, without building the input tree
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #map(JsonNode)} never modifies its input.
 */
public final class MappingEngine {
    private final List<CompiledRule> rules;
    private final boolean strict;
    private final ValuePolicy nulls;
    private final ValuePolicy empties;
    private final PassThrough passThrough;
    private final CompiledSchema targetSchema;
    private final boolean wildcards;
    /** The one-pass plan for {@link #map(byte[])}; null when a rule has a wildcard or unmapped fields pass through. */
    private final SourcePlan plan;
    /** The byte-level route of {@link #map(byte[])}; null when {@link DirectMapper#compile} declines. */
    private final DirectMapper direct;

    private MappingEngine(Builder b) {
        List<CompiledRule> compiled = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < b.rules.rules().size(); i++) {
            try {
                compiled.add(CompiledRule.compile(b.rules.rules().get(i), b.transforms));
            } catch (IllegalArgumentException e) {
                problems.add(new Violation("/rules/" + i, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelValidationException("mapping rules", problems);
        }
        this.rules = List.copyOf(compiled);
        this.wildcards = rules.stream().anyMatch(r -> r.source() != null && r.source().wildcards() > 0);
        this.strict = b.strict;
        this.nulls = b.nulls;
        this.empties = b.empties;
        this.passThrough = b.passThrough ? PassThrough.of(rules.stream().map(CompiledRule::source).filter(Objects::nonNull).toList()) : null;
        this.targetSchema = b.targetSchema == null ? null : b.validator.compile(b.targetSchema);
        this.plan = wildcards || passThrough != null ? null
                : SourcePlan.of(rules.stream().map(CompiledRule::source).toList());
        this.direct = plan == null || targetSchema != null ? null : DirectMapper.compile(rules, plan, strict, nulls, empties);
    }

    /**
     * Returns a builder for the given rules.
     *
     * @param rules the rules
     * @return a new builder
     */
    public static Builder builder(MappingRules rules) {
        return new Builder(rules);
    }

    /**
     * Maps one payload.
     *
     * @param source the source payload; not modified
     * @return a new target payload
     * @throws ModelValidationException listing every missing source (strict mode), failed transform,
     *     path conflict and, when a target schema was given, every violation of it
     */
    public ObjectNode map(JsonNode source) {
        Objects.requireNonNull(source, "source == null");
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<Violation> violations = new ArrayList<>(0);
        boolean[] holes = new boolean[1];
        List<FieldPath.Match> matches = wildcards ? new ArrayList<>() : List.of();
        for (CompiledRule rule : rules) {
            if (wildcards) {
                matches.clear();
            }
            rule.apply(source, out, matches, strict, nulls, empties, violations, holes);
        }
        if (passThrough != null) {
            passThrough.copy(source, out);
            holes[0] = true;
        }
        return finish(out, violations, holes[0]);
    }

    /**
     * Maps one payload given as UTF-8 JSON text, straight to UTF-8 JSON text: the same result as
     * {@link #map(JsonNode)} on the parsed payload, written compactly, but the payload is read once
     * and only the values the rules name are built (the rest is validated and skipped). With
     * {@link Builder#passThroughUnmapped(boolean)} or a wildcard rule the whole payload is parsed
     * after it is validated; with a target schema the output is built as a tree to validate it.
     *
     * @param json one JSON value in UTF-8 (a leading byte order mark is skipped); not modified
     * @return the mapped payload as compact UTF-8 JSON
     * @throws ModelValidationException when {@code json} is not well-formed JSON (the violation
     *     names the byte offset, never the content), and in every case {@link #map(JsonNode)} throws
     */
    public byte[] map(byte[] json) {
        Objects.requireNonNull(json, "json == null");
        ObjectNode out;
        try {
            if (direct != null) {
                return direct.map(json);
            }
            if (plan == null) {
                JsonScanner.validate(json);
                out = map(CxoneJson.mapper().readTree(json));
            } else {
                out = mapPlanned(json);
            }
        } catch (JsonScanner.MalformedJsonException e) {
            throw new ModelValidationException("payload", List.of(new Violation("", e.getMessage())), e);
        }
        return JsonBytesWriter.write(out);
    }

    private ObjectNode mapPlanned(byte[] json) {
        int[] spans = plan.scan(json);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<Violation> violations = new ArrayList<>(0);
        boolean[] holes = new boolean[1];
        for (int i = 0, n = rules.size(); i < n; i++) {
            int slot = plan.slotOf(i);
            rules.get(i).applyResolved(slot < 0 ? null : Span.node(json, spans, slot), out, strict, nulls, empties, violations, holes);
        }
        return finish(out, violations, holes[0]);
    }

    private ObjectNode finish(ObjectNode out, List<Violation> violations, boolean holes) {
        if (holes) {
            FieldPath.compact(out);
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException("payload mapping", violations);
        }
        if (targetSchema != null) {
            targetSchema.validate(out).orThrow("mapped payload");
        }
        return out;
    }

    /**
     * Builds a {@link MappingEngine}.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private final MappingRules rules;
        private TransformRegistry transforms = TransformRegistry.builtIns();
        private boolean strict;
        private boolean passThrough;
        private ValuePolicy nulls = ValuePolicy.OMIT;
        private ValuePolicy empties = ValuePolicy.KEEP;
        private JsonNode targetSchema;
        private PayloadValidator validator;

        private Builder(MappingRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules == null");
        }

        /**
         * Sets the transforms rules may name.
         *
         * @param v the registry; default {@link TransformRegistry#builtIns()}
         * @return this builder
         */
        public Builder transforms(TransformRegistry v) {
            this.transforms = Objects.requireNonNull(v, "transforms == null");
            return this;
        }

        /**
         * Sets strict mode: a rule whose source is missing (and has no default) is an error.
         *
         * @param v default {@code false} (the target is left out)
         * @return this builder
         */
        public Builder strict(boolean v) {
            this.strict = v;
            return this;
        }

        /**
         * Sets whether source fields no rule reads are copied to the same path in the target
         * (where the rules did not write).
         *
         * @param v default {@code false}
         * @return this builder
         */
        public Builder passThroughUnmapped(boolean v) {
            this.passThrough = v;
            return this;
        }

        /**
         * Sets what happens to a {@code null} source value.
         *
         * @param v default {@link ValuePolicy#OMIT}
         * @return this builder
         */
        public Builder nulls(ValuePolicy v) {
            this.nulls = Objects.requireNonNull(v, "nulls == null");
            return this;
        }

        /**
         * Sets what happens to an empty source value ({@code ""}, {@code []}, {@code {}}).
         *
         * @param v default {@link ValuePolicy#KEEP}
         * @return this builder
         */
        public Builder empties(ValuePolicy v) {
            this.empties = Objects.requireNonNull(v, "empties == null");
            return this;
        }

        /**
         * Validates every mapped payload against a schema, with a default {@link PayloadValidator}.
         *
         * @param schema the target JSON Schema
         * @return this builder
         */
        public Builder targetSchema(JsonNode schema) {
            return targetSchema(schema, PayloadValidator.create());
        }

        /**
         * Validates every mapped payload against a schema.
         *
         * @param schema the target JSON Schema
         * @param validator the validator to compile it with
         * @return this builder
         */
        public Builder targetSchema(JsonNode schema, PayloadValidator validator) {
            this.targetSchema = Objects.requireNonNull(schema, "schema == null");
            this.validator = Objects.requireNonNull(validator, "validator == null");
            return this;
        }

        /**
         * Compiles the rules.
         *
         * @return the engine
         * @throws ModelValidationException listing every bad rule (path syntax, unknown transform,
         *     wildcard count mismatch)
         */
        public MappingEngine build() {
            return new MappingEngine(this);
        }
    }
}
