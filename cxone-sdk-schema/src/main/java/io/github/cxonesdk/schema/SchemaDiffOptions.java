package io.github.cxonesdk.schema;

import io.github.cxonesdk.core.internal.Checks;
import java.util.Objects;

/**
 * Options of {@link SchemaDiff#compare(tools.jackson.databind.JsonNode, tools.jackson.databind.JsonNode, SchemaDiffOptions)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param policy how open content models are treated; default {@link ContentModelPolicy#STRICT}
 * @param maxDepth how deeply nested subschemas may be compared; default {@value #DEFAULT_MAX_DEPTH}
 * @param maxNodes how many subschema pairs, properties and enum values may be examined in total;
 *     default {@value #DEFAULT_MAX_NODES}; past it the comparison fails instead of running on
 * @param examples whether example payloads are searched for breaking changes; default {@code true}
 */
public record SchemaDiffOptions(ContentModelPolicy policy, int maxDepth, int maxNodes, boolean examples) {
    /** The default depth limit. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The default work limit. */
    public static final int DEFAULT_MAX_NODES = 100_000;

    /**
     * Creates options.
     *
     * @param policy the policy
     * @param maxDepth at least 1
     * @param maxNodes at least 1
     * @param examples whether to search examples
     */
    public SchemaDiffOptions {
        Objects.requireNonNull(policy, "policy == null");
        Checks.atLeast(maxDepth, 1, "maxDepth");
        Checks.atLeast(maxNodes, 1, "maxNodes");
    }

    /**
     * Returns the defaults: STRICT, depth {@value #DEFAULT_MAX_DEPTH}, {@value #DEFAULT_MAX_NODES}
     * nodes, examples on.
     *
     * @return the default options
     */
    public static SchemaDiffOptions defaults() {
        return new SchemaDiffOptions(ContentModelPolicy.STRICT, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES, true);
    }

    /**
     * Returns these options with another policy.
     *
     * @param v the policy
     * @return the new options
     */
    public SchemaDiffOptions policy(ContentModelPolicy v) {
        return new SchemaDiffOptions(v, maxDepth, maxNodes, examples);
    }

    /**
     * Returns these options with other limits.
     *
     * @param depth the depth limit
     * @param nodes the work limit
     * @return the new options
     */
    public SchemaDiffOptions limits(int depth, int nodes) {
        return new SchemaDiffOptions(policy, depth, nodes, examples);
    }

    /**
     * Returns these options with example search on or off.
     *
     * @param v whether to search examples
     * @return the new options
     */
    public SchemaDiffOptions examples(boolean v) {
        return new SchemaDiffOptions(policy, maxDepth, maxNodes, v);
    }
}
