package io.github.cxonesdk.schema;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.schema.internal.DiffEngine;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON Schemas and classifies every change for BACKWARD, FORWARD and FULL
 * compatibility, in the manner of Confluent Schema Registry's JSON Schema checker, checking both
 * directions in one pass. Local {@code $ref}s ({@code #/definitions/...}, {@code #/$defs/...}, any
 * local JSON Pointer) are followed, reference cycles end, nested objects, arrays, tuples and
 * combinators are compared recursively, and each breaking change comes, where one can be built,
 * with an example payload that {@link PayloadValidator} confirms one schema accepts and the other
 * rejects.
 *
 * <pre>{@code
 * SchemaDiffReport report = SchemaDiff.compare(legacySchema, targetSchema);
 * if (!report.isCompatible(CompatibilityMode.BACKWARD)) {
 *     report.breakingChanges(CompatibilityMode.BACKWARD).forEach(c -> log.warn("{}", c));
 * }
 * }</pre>
 *
 * <p>Work is bounded ({@link SchemaDiffOptions#maxDepth()}, {@link SchemaDiffOptions#maxNodes()}):
 * a hostile schema fails with a {@link ModelValidationException} instead of running without end.
 *
 * <p>This class is thread-safe (it has no state).
 */
public final class SchemaDiff {
    private static final PayloadValidator VALIDATOR = PayloadValidator.builder().cacheSize(64).build();

    private SchemaDiff() {
    }

    /**
     * Compares with the default options ({@link ContentModelPolicy#STRICT}, examples on).
     *
     * @param oldSchema the schema payloads were written with so far
     * @param newSchema the schema that replaces it
     * @return every change, compatible ones included
     * @throws ModelValidationException if a schema is unusable (a dangling {@code $ref}) or exceeds the limits
     */
    public static SchemaDiffReport compare(JsonNode oldSchema, JsonNode newSchema) {
        return compare(oldSchema, newSchema, SchemaDiffOptions.defaults());
    }

    /**
     * Compares with the given options.
     *
     * @param oldSchema the schema payloads were written with so far
     * @param newSchema the schema that replaces it
     * @param options the policy, limits and whether to search examples
     * @return every change, compatible ones included
     * @throws ModelValidationException if a schema is unusable or exceeds the limits
     */
    public static SchemaDiffReport compare(JsonNode oldSchema, JsonNode newSchema, SchemaDiffOptions options) {
        Objects.requireNonNull(oldSchema, "oldSchema == null");
        Objects.requireNonNull(newSchema, "newSchema == null");
        Objects.requireNonNull(options, "options == null");
        return new SchemaDiffReport(options.policy(), DiffEngine.changes(oldSchema, newSchema, options, VALIDATOR));
    }
}
