package io.github.cxonesdk.schema;

import java.util.List;
import java.util.Objects;

/**
 * Every change {@link SchemaDiff} found between an old and a new schema, in schema order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param policy the content-model policy the changes were classified under
 * @param changes the changes, compatible ones included
 */
public record SchemaDiffReport(ContentModelPolicy policy, List<SchemaChange> changes) {
    /**
     * Creates a report.
     *
     * @param policy the policy
     * @param changes the changes; copied
     */
    public SchemaDiffReport {
        Objects.requireNonNull(policy, "policy == null");
        changes = List.copyOf(Objects.requireNonNull(changes, "changes == null"));
    }

    /**
     * Tells whether the new schema is compatible with the old one in the given mode.
     *
     * @param mode BACKWARD, FORWARD or FULL
     * @return {@code true} when no change breaks {@code mode}
     */
    public boolean isCompatible(CompatibilityMode mode) {
        return breakingChanges(mode).isEmpty();
    }

    /**
     * Returns the changes that break the given mode.
     *
     * @param mode the mode
     * @return the breaking changes, in schema order
     */
    public List<SchemaChange> breakingChanges(CompatibilityMode mode) {
        Objects.requireNonNull(mode, "mode == null");
        return changes.stream().filter(c -> c.breaks(mode)).toList();
    }

    /**
     * Tells whether the schemas are the same for validation (only compatible changes, if any).
     *
     * @return {@code true} when nothing breaks either direction
     */
    public boolean isFullyCompatible() {
        return isCompatible(CompatibilityMode.FULL);
    }
}
