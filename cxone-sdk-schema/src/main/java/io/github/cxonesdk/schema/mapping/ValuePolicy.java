package io.github.cxonesdk.schema.mapping;

/**
 * What {@link MappingEngine} does with a source value that is {@code null} (or empty: {@code ""},
 * {@code []}, {@code {}}), chosen separately for each.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum ValuePolicy {
    /** Write the value as it is. */
    KEEP,
    /** Write nothing (the target stays absent). */
    OMIT,
    /** Write the rule's default; nothing when the rule has none. */
    DEFAULT
}
