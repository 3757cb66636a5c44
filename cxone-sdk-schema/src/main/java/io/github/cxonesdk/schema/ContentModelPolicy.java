package io.github.cxonesdk.schema;

/**
 * How {@link SchemaDiff} treats properties that an open or partially open content model allows
 * without declaring them, following Confluent Schema Registry's two policies.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum ContentModelPolicy {
    /**
     * Undeclared properties may occur with any value the content model allows. Adding a typed
     * property to an open content model therefore breaks BACKWARD (old payloads may carry that name
     * with another type), and narrowing {@code additionalProperties} or {@code patternProperties}
     * breaks too. The default, and the exact answer for arbitrary payloads.
     */
    STRICT,
    /**
     * Writers never send properties their schema does not declare. Adding or removing a property
     * under an open or partially open content model, and changes to {@code additionalProperties}
     * and {@code patternProperties}, are then compatible. Closed content models
     * ({@code additionalProperties: false}) and {@code required} are checked as in {@link #STRICT}.
     */
    LENIENT
}
