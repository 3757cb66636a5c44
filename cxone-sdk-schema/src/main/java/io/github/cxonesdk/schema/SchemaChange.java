package io.github.cxonesdk.schema;

import java.util.List;
import java.util.Objects;

/**
 * One difference between two JSON Schemas.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param pointer JSON Pointer of the changed keyword's schema in the new schema (in the old one
 *     when the location exists only there), {@code ""} for the root; a change inside a referenced
 *     definition points into {@code definitions}/{@code $defs}
 * @param kind what changed
 * @param detail a readable description (old and new value where short)
 * @param breaksBackward whether a payload valid under the old schema can be rejected by the new one
 * @param breaksForward whether a payload valid under the new schema can be rejected by the old one
 * @param examples for a breaking change, payloads that prove it (at most one per direction; empty
 *     when none was found or examples were turned off)
 */
public record SchemaChange(String pointer, ChangeKind kind, String detail, boolean breaksBackward,
        boolean breaksForward, List<ChangeExample> examples) {
    /**
     * Creates a change.
     *
     * @param pointer the JSON Pointer
     * @param kind the kind
     * @param detail the description
     * @param breaksBackward whether it breaks BACKWARD
     * @param breaksForward whether it breaks FORWARD
     * @param examples the examples; copied
     */
    public SchemaChange {
        Objects.requireNonNull(pointer, "pointer == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(detail, "detail == null");
        examples = List.copyOf(Objects.requireNonNull(examples, "examples == null"));
    }

    /**
     * Tells whether this change breaks the given compatibility.
     *
     * @param mode the mode
     * @return {@code true} when it breaks {@code mode} ({@link CompatibilityMode#FULL}: either direction)
     */
    public boolean breaks(CompatibilityMode mode) {
        return switch (Objects.requireNonNull(mode, "mode == null")) {
            case BACKWARD -> breaksBackward;
            case FORWARD -> breaksForward;
            case FULL -> breaksBackward || breaksForward;
        };
    }

    @Override
    public String toString() {
        String breaks = breaksBackward && breaksForward ? "breaks BACKWARD and FORWARD"
                : breaksBackward ? "breaks BACKWARD" : breaksForward ? "breaks FORWARD" : "compatible";
        return kind + " at '" + pointer + "': " + detail + " (" + breaks + ")";
    }
}
