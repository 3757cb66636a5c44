package io.github.cxonesdk.schema;

/**
 * The compatibility a schema change is checked for, as schema registries define it.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum CompatibilityMode {
    /** The new schema reads every payload written with the old one (upgrade readers first). */
    BACKWARD,
    /** The old schema reads every payload written with the new one (upgrade writers first). */
    FORWARD,
    /** Both {@link #BACKWARD} and {@link #FORWARD}. */
    FULL
}
