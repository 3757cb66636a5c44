package io.github.cxonesdk.schema.mapping;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A named value conversion used by mapping rules. Implementations must be thread-safe and must not
 * modify their input. Throw {@link IllegalArgumentException} for a value that cannot be converted;
 * the engine reports it as a violation at the source path.
 */
@FunctionalInterface
public interface Transform {
    /**
     * Converts one value.
     *
     * @param value the source value (never {@code null}; may be a JSON null)
     * @param args the rule's arguments
     * @return the converted value; {@code null} to write nothing
     * @throws IllegalArgumentException if the value cannot be converted
     */
    JsonNode apply(JsonNode value, List<JsonNode> args);
}
